package org.palermoacademy.catalog;

import java.util.List;

/**
 * A fictional State's cooperation profile (modelled on national-procedure forms): where requests go,
 * in which languages, on which legal basis, and its particular requirements.
 */
public record CountryProfile(
        String id,
        String name,
        String adjective,
        List<String> languages,
        List<String> languageNames,
        Authority mlaAuthority,
        Authority extraditionAuthority,
        String mlaChannel,
        String extraditionChannel,
        boolean urgentViaInterpol,
        String interpolNcb,
        boolean untocBasisForExtradition,
        boolean untocBasisForMla,
        String dualCriminalityMla,
        boolean extraditesNationals,
        int minimumPenaltyYears,
        String deathPenalty,
        String confidentiality,
        String useLimitation,
        List<String> specialRequirements,
        String executionTime,
        List<Treaty> treaties) {

    public record Authority(String name, String address, String email, String phone) {
        /** The name without a trailing bracketed note, e.g. "(forwards to the Ministry of Justice)". */
        public String coreName() {
            int bracket = name.indexOf(" (");
            return bracket > 0 ? name.substring(0, bracket) : name;
        }
    }

    public record Treaty(String id, String with, String type, String name, boolean inForce) {
    }

    public boolean diplomaticChannel(boolean extradition) {
        return "diplomatic".equals(extradition ? extraditionChannel : mlaChannel);
    }

    public Authority authority(boolean extradition) {
        return extradition ? extraditionAuthority : mlaAuthority;
    }
}
