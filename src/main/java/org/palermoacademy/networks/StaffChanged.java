package org.palermoacademy.networks;

/** Staff or focal points of a network changed (read models listen). */
public record StaffChanged(String networkId, String userId) {
}
