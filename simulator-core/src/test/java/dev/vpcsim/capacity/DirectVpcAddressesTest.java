package dev.vpcsim.capacity;

import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectVpcAddressesTest {

    @Test
    void reservationIsInBlocksOfSixteen() {
        assertEquals(0, DirectVpcAddresses.reserved(0));
        assertEquals(16, DirectVpcAddresses.reserved(1));
        assertEquals(16, DirectVpcAddresses.reserved(16));
        assertEquals(32, DirectVpcAddresses.reserved(17));
        assertEquals(400, DirectVpcAddresses.reserved(400));
        assertEquals(208, DirectVpcAddresses.reserved(200));
    }

    @Test
    void usableAddressesAreSizeMinusFour() {
        assertEquals(252, DirectVpcAddresses.usableAddresses(24));
        assertEquals(508, DirectVpcAddresses.usableAddresses(23));
        assertEquals(60, DirectVpcAddresses.usableAddresses(26));
    }

    @Test
    void fitsOnlyWhenTheWholeBlockFits() {
        assertEquals(240, DirectVpcAddresses.maxHeldThatFits(252));
        assertTrue(DirectVpcAddresses.fits(240, 252));
        assertFalse(DirectVpcAddresses.fits(241, 252));
        assertEquals(496, DirectVpcAddresses.maxHeldThatFits(508));
    }

    @Test
    void recommendedPrefixIsTheSmallestSubnetNeverBelowSlash26() {
        assertEquals(26, DirectVpcAddresses.recommendedPrefixLength(0));
        assertEquals(26, DirectVpcAddresses.recommendedPrefixLength(48));
        assertEquals(26, DirectVpcAddresses.recommendedPrefixLength(60));
        assertEquals(25, DirectVpcAddresses.recommendedPrefixLength(64));
        assertEquals(24, DirectVpcAddresses.recommendedPrefixLength(240));
        assertEquals(23, DirectVpcAddresses.recommendedPrefixLength(400));
        assertEquals(22, DirectVpcAddresses.recommendedPrefixLength(512));
    }

    @Test
    void rolloutAtMaxCountsBothRevisions() {
        assertEquals(400, DirectVpcAddresses.rolloutAtMaxAddresses(100));
        assertEquals(16, DirectVpcAddresses.rolloutAtMaxAddresses(1));
    }

    @Test
    void retentionWindowsInSteps() {
        assertEquals(1200, DirectVpcAddresses.retentionSteps(1));
        assertEquals(20, DirectVpcAddresses.retentionSteps(60));
        assertEquals(1, DirectVpcAddresses.retentionSteps(3600));
        assertEquals(420, DirectVpcAddresses.jobTaskRetentionSteps(1));
        assertEquals(7, DirectVpcAddresses.jobTaskRetentionSteps(60));
    }

    @Test
    void onlyCloudRunAndSecondGenFunctionsUseDirectVpc() {
        assertTrue(DirectVpcAddresses.supports(workload(WorkloadType.CLOUD_RUN_SERVICE, 2)));
        assertTrue(DirectVpcAddresses.supports(workload(WorkloadType.CLOUD_RUN_WORKER_POOL, 2)));
        assertTrue(DirectVpcAddresses.supports(workload(WorkloadType.CLOUD_RUN_JOB, 2)));
        assertTrue(DirectVpcAddresses.supports(workload(WorkloadType.CLOUD_FUNCTION, 2)));
        assertFalse(DirectVpcAddresses.supports(workload(WorkloadType.CLOUD_FUNCTION, 1)));
        assertFalse(DirectVpcAddresses.supports(workload(WorkloadType.APP_ENGINE, 2)));
    }

    private static Workload workload(WorkloadType type, int generation) {
        return new Workload("w", type, generation, "r", Optional.empty(), Optional.empty(), Optional.of("vpc"),
                Optional.of("s"), List.of(), VpcEgress.PRIVATE_RANGES_ONLY, Scaling.DEFAULT);
    }
}
