package org.palermoacademy.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialSchemaTest {

    private static Map<String, Object> credential() {
        return new LinkedHashMap<>(OpenBadgeCredentials.credential(CredentialFixtures.data()));
    }

    @Test
    void aBuiltCredentialMatchesTheOfficialSchema() {
        assertThat(CredentialSchema.problems(OpenBadgeCredentials.credentialJson(CredentialFixtures.data())))
                .isEmpty();
    }

    @Test
    void aCredentialWithoutStatusAlsoMatches() {
        CredentialData d = CredentialFixtures.data();
        CredentialData noStatus = new CredentialData(d.credentialId(), d.issuerId(), d.issuerName(), d.issuerUrl(),
                d.holderId(), d.holderName(), d.achievementId(), d.achievementName(), d.achievementDescription(),
                d.criteriaNarrative(), d.validFrom(), d.validUntil(), null);
        assertThat(OpenBadgeCredentials.credential(noStatus)).doesNotContainKey("credentialStatus");
        assertThat(CredentialSchema.problems(OpenBadgeCredentials.credentialJson(noStatus))).isEmpty();
    }

    @Test
    void aTypeThatIsNotAnArrayFails() {
        Map<String, Object> credential = credential();
        credential.put("type", "OpenBadgeCredential");
        List<String> problems = CredentialSchema.problems(Json.compact(credential));
        assertThat(problems).isNotEmpty();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("$.type").contains("array"));
    }

    @Test
    void aNestedTypeThatIsNotAnArrayFails() {
        Map<String, Object> credential = credential();
        Map<String, Object> issuer = new LinkedHashMap<>(castMap(credential.get("issuer")));
        issuer.put("type", "Profile");
        credential.put("issuer", issuer);
        assertThat(CredentialSchema.problems(Json.compact(credential)))
                .anySatisfy(p -> assertThat(p).contains("$.issuer"));
    }

    @Test
    void aMissingCredentialSubjectFails() {
        Map<String, Object> credential = credential();
        credential.remove("credentialSubject");
        assertThat(CredentialSchema.problems(Json.compact(credential)))
                .anySatisfy(p -> assertThat(p).contains("credentialSubject"));
    }

    @Test
    void contextsMustComeInTheirOrder() {
        Map<String, Object> credential = credential();
        credential.put("@context", List.of(OpenBadgeCredentials.OB_CONTEXT, OpenBadgeCredentials.VC_CONTEXT));
        assertThat(CredentialSchema.problems(Json.compact(credential))).isNotEmpty();
    }

    @Test
    void anInvalidDateTimeFails() {
        Map<String, Object> credential = credential();
        credential.put("validFrom", "yesterday");
        assertThat(CredentialSchema.problems(Json.compact(credential)))
                .anySatisfy(p -> assertThat(p).contains("$.validFrom"));
    }

    @Test
    void textThatIsNotJsonIsReportedNotThrown() {
        assertThat(CredentialSchema.problems("{not json")).singleElement()
                .satisfies(p -> assertThat(p).startsWith("not valid JSON"));
        assertThat(CredentialSchema.problems(null)).hasSize(1);
        assertThat(CredentialSchema.problems("{\"id\":1,\"id\":2}")).singleElement()
                .satisfies(p -> assertThat(p).contains("not valid JSON"));
    }

    @Test
    void theBundledSchemaIsTheUnchangedOfficialFile() throws Exception {
        try (var in = CredentialSchema.class.getResourceAsStream(CredentialSchema.RESOURCE)) {
            assertThat(in).isNotNull();
            byte[] bytes = in.readAllBytes();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(sha256).isEqualTo("5753fb3ecf7d024ed273dd364bd683f483eb47257e718e6618832cf89eb2083a");
            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("draft/2019-09");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
