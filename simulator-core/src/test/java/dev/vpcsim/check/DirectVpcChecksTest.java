package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.WorkloadType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.check.Fixtures.OTHER_REGION;
import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.design;
import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.ingress;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.service;
import static dev.vpcsim.check.Fixtures.subnet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** direct-vpc-unsupported, -and-connector, -subnet-too-small, -subnet-region, -ip-headroom, -ingress-by-tag. */
class DirectVpcChecksTest {

    private static Design onSubnet(String cidr, WorkloadFixture... workloads) {
        var b = design().network(network("vpc").subnet("run-direct", cidr).build())
                .connector(connector("conn").build());
        for (WorkloadFixture w : workloads) {
            b.workload(w.build());
        }
        return b.build();
    }

    private static WorkloadFixture direct(String name) {
        return service(name).directVpc("vpc", "run-direct");
    }

    @Test
    void appEngineAndFirstGenFunctionsCannotUseDirectVpc() {
        List<Finding> ae = findings(onSubnet("10.0.1.0/24", direct("app").type(WorkloadType.APP_ENGINE)),
                DirectVpcWorkloadCheck.UNSUPPORTED);
        assertEquals(1, ae.size());
        assertEquals("workloads/app", ae.get(0).resource());
        List<Finding> gen1 = findings(onSubnet("10.0.1.0/24",
                direct("fn").type(WorkloadType.CLOUD_FUNCTION).generation(1)), DirectVpcWorkloadCheck.UNSUPPORTED);
        assertEquals(1, gen1.size());
        assertTrue(gen1.get(0).fix().contains("generation: 2"));
    }

    @Test
    void servicesAndSecondGenFunctionsCan() {
        assertEquals(0, findings(onSubnet("10.0.1.0/24", direct("svc")), DirectVpcWorkloadCheck.UNSUPPORTED).size());
        assertEquals(0, findings(onSubnet("10.0.1.0/24",
                direct("fn").type(WorkloadType.CLOUD_FUNCTION).generation(2)), DirectVpcWorkloadCheck.UNSUPPORTED)
                .size());
    }

    @Test
    void aWorkloadNamingBothIsRejected() {
        List<Finding> f = findings(onSubnet("10.0.1.0/24", direct("svc").connector("conn")),
                DirectVpcWorkloadCheck.AND_CONNECTOR);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("connector conn") && f.get(0).message().contains("run-direct"));
        assertEquals(0, findings(onSubnet("10.0.1.0/24", direct("svc")), DirectVpcWorkloadCheck.AND_CONNECTOR).size());
        assertEquals(0, findings(onSubnet("10.0.1.0/24", service("svc").connector("conn")),
                DirectVpcWorkloadCheck.AND_CONNECTOR).size());
    }

    @Test
    void theSubnetMustBeInTheWorkloadsRegion() {
        Design d = design().network(network("vpc").subnet(subnet("run-direct", OTHER_REGION, "10.0.1.0/24")).build())
                .workload(direct("svc").build()).build();
        List<Finding> f = findings(d, DirectVpcWorkloadCheck.SUBNET_REGION);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("is in us-central1"));
        assertEquals(0, findings(onSubnet("10.0.1.0/24", direct("svc")), DirectVpcWorkloadCheck.SUBNET_REGION).size());
    }

    @Test
    void aSlash27IsTooSmallAndASlash26IsNot() {
        List<Finding> f = findings(onSubnet("10.0.1.0/27", direct("svc").maxInstances(3)),
                DirectVpcSubnetSizeCheck.ID);
        assertEquals(1, f.size());
        assertEquals("networks/vpc/subnets/run-direct", f.get(0).resource());
        assertEquals(0, findings(onSubnet("10.0.1.0/26", direct("svc").maxInstances(3)), DirectVpcSubnetSizeCheck.ID)
                .size());
        assertEquals(0, findings(onSubnet("10.0.1.0/27"), DirectVpcSubnetSizeCheck.ID).size());
    }

    @Test
    void headroomCountsBothRevisionsInBlocksOf16() {
        // /24: 256 - 4 = 252 usable. 63 instances: 2 x 2 x 63 = 252, rounded up to 16 -> 256 > 252
        List<Finding> f = findings(onSubnet("10.0.1.0/24", direct("svc").maxInstances(63)), DirectVpcHeadroomCheck.ID);
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("needs 256 addresses") && f.get(0).message().contains("252 usable"),
                f.get(0).message());
        assertTrue(f.get(0).message().contains("svc 2 x 2 x 63 = 252"));
        // a /23 has 512 - 4 = 508 usable addresses, the smallest that holds 256
        assertTrue(f.get(0).fix().contains("/23 (508 usable addresses)"), f.get(0).fix());
        // 60 instances: 240, a multiple of 16, fits
        assertEquals(0, findings(onSubnet("10.0.1.0/24", direct("svc").maxInstances(60)), DirectVpcHeadroomCheck.ID)
                .size());
    }

    @Test
    void headroomSumsTheWorkloadsBeforeRounding() {
        // 2 x 2 x 29 = 116 and 2 x 2 x 30 = 120: 236 -> 240 <= 252 (rounding each first would give 128 + 128 = 256)
        assertEquals(0, findings(onSubnet("10.0.1.0/24", direct("a").maxInstances(29), direct("b").maxInstances(30)),
                DirectVpcHeadroomCheck.ID).size());
        // default max 100 each: 400 + 400 = 800 -> needs a /22 (1020 usable)
        List<Finding> f = findings(onSubnet("10.0.1.0/24", direct("a"), direct("b")), DirectVpcHeadroomCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("needs 800 addresses"));
        assertTrue(f.get(0).fix().contains("/22 (1020 usable addresses)"), f.get(0).fix());
    }

    private static Design withRule(RuleFixture rule) {
        return design().network(network("vpc").subnet("run-direct", "10.0.1.0/24").rule(rule).build())
                .workload(direct("svc").tags("run").serviceAccount("run-sa@p.iam.gserviceaccount.com").build())
                .build();
    }

    @Test
    void ingressRulesNamingTheWorkloadsTagOrAccountAreReported() {
        List<Finding> byTag = findings(withRule(ingress("from-run").allow("tcp:5432").sourceTags("run")),
                DirectVpcIngressByTagCheck.ID);
        assertEquals(1, byTag.size());
        assertEquals("networks/vpc/firewall/from-run", byTag.get(0).resource());
        assertTrue(byTag.get(0).message().contains("source tag run"));
        assertTrue(byTag.get(0).fix().contains("10.0.1.0/24 (subnet run-direct)"), byTag.get(0).fix());
        List<Finding> byAccount = findings(withRule(ingress("from-run").allow("tcp:5432")
                .sourceAccounts("run-sa@p.iam.gserviceaccount.com")), DirectVpcIngressByTagCheck.ID);
        assertEquals(1, byAccount.size());
    }

    @Test
    void otherTagsAndDisabledRulesAreNot() {
        assertEquals(0, findings(withRule(ingress("from-web").allow("tcp:5432").sourceTags("web")),
                DirectVpcIngressByTagCheck.ID).size());
        assertEquals(0, findings(withRule(ingress("from-run").allow("tcp:5432").sourceTags("run").disabled()),
                DirectVpcIngressByTagCheck.ID).size());
        assertEquals(0, findings(withRule(ingress("from-run").allow("tcp:5432").from("10.0.1.0/24")),
                DirectVpcIngressByTagCheck.ID).size());
    }
}
