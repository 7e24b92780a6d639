package org.palermoacademy.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialDataTest {

    private static CredentialData with(String issuerId, String holderName, Instant from, Instant until) {
        CredentialData d = CredentialFixtures.data();
        return new CredentialData(d.credentialId(), issuerId, d.issuerName(), d.issuerUrl(), d.holderId(),
                holderName, d.achievementId(), d.achievementName(), d.achievementDescription(),
                d.criteriaNarrative(), from, until, d.statusUrl());
    }

    @Test
    void blankTextIsRejectedByName() {
        CredentialData d = CredentialFixtures.data();
        assertThatThrownBy(() -> with(d.issuerId(), "  ", d.validFrom(), d.validUntil()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("holderName must not be blank");
        assertThatThrownBy(() -> with(d.issuerId(), null, d.validFrom(), d.validUntil()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holderName");
    }

    @Test
    void theIssuerMustBeAnHttpsUrl() {
        CredentialData d = CredentialFixtures.data();
        assertThatThrownBy(() -> with("http://academy.example.org/issuer", d.holderName(), d.validFrom(),
                d.validUntil())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuerId")
                .hasMessageContaining("https");
        assertThatThrownBy(() -> with("not a uri", d.holderName(), d.validFrom(), d.validUntil()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuerId");
    }

    @Test
    void validUntilMustBeAfterValidFrom() {
        CredentialData d = CredentialFixtures.data();
        assertThatThrownBy(() -> with(d.issuerId(), d.holderName(), d.validFrom(), d.validFrom()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validUntil")
                .hasMessageContaining("after validFrom");
        assertThatThrownBy(() -> with(d.issuerId(), d.holderName(), null, d.validUntil()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("validFrom is required");
    }

    @Test
    void instantsAreCutToWholeSecondsAndWrittenWithoutFractions() {
        CredentialData d = CredentialFixtures.data();
        CredentialData precise = with(d.issuerId(), d.holderName(), Instant.parse("2025-03-01T09:00:00.789Z"),
                Instant.parse("2028-03-01T09:00:00.123456Z"));
        assertThat(precise.validFrom()).isEqualTo("2025-03-01T09:00:00Z");
        assertThat(OpenBadgeCredentials.credential(precise))
                .containsEntry("validFrom", "2025-03-01T09:00:00Z")
                .containsEntry("validUntil", "2028-03-01T09:00:00Z");
    }
}
