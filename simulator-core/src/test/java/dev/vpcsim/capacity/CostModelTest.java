package dev.vpcsim.capacity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CostModelTest {

    @Test
    void monthIs730Hours() {
        // cli.md's example: 5 e2-micro instances at 0.008376 USD/h: 5 x 0.008376 x 730 = 30.5724
        assertEquals(30.5724, CostModel.monthlyCostUsd(5, 0.008376), 1e-9);
        assertEquals(2 * 0.134012 * 730, CostModel.monthlyCostUsd(2, 0.134012), 1e-9);
    }

    @Test
    void costIsInstanceHoursTimesPrice() {
        assertEquals(2.0, CostModel.instanceHours(7200), 1e-12);
        assertEquals(0.0076 * 3, CostModel.costUsd(3 * 3600, 0.0076), 1e-12);
        assertEquals(0.0, CostModel.DIRECT_VPC_VM_COST_USD);
    }
}
