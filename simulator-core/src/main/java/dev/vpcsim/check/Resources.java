package dev.vpcsim.check;

/** Resource names used in findings ({@code networks/NET/subnets/NAME} and friends). */
final class Resources {
    private Resources() {
    }

    static String network(String network) {
        return "networks/" + network;
    }

    static String subnet(String network, String subnet) {
        return network(network) + "/subnets/" + subnet;
    }

    static String rule(String network, String rule) {
        return network(network) + "/firewall/" + rule;
    }
}
