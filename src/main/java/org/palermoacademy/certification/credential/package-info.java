/**
 * Open Badges 3.0 credentials secured as VC-JWT (OB 3.0 section 8.2): building the
 * {@code OpenBadgeCredential} JSON, validating it against the official 1EdTech schema, signing it with
 * RS256 and verifying it again. Plain Java on purpose (no Spring): the certification module wires it.
 *
 * <ul>
 *   <li>{@link org.palermoacademy.certification.credential.CredentialData} – what a credential says</li>
 *   <li>{@link org.palermoacademy.certification.credential.OpenBadgeCredentials} – build, sign, verify</li>
 *   <li>{@link org.palermoacademy.certification.credential.SigningKeys} – RSA keys with rotation</li>
 *   <li>{@link org.palermoacademy.certification.credential.CredentialSchema} – the bundled schema</li>
 * </ul>
 */
package org.palermoacademy.certification.credential;
