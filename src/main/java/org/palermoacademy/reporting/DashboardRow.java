package org.palermoacademy.reporting;

/**
 * One line of a certification dashboard: a country (then {@code organisationId}, {@code organisationName}
 * and {@code kind} are null), a member organisation, or a total. All counts are people.
 *
 * <ul>
 * <li>{@code staff}: staff of the organisation(s) registered in the network;</li>
 * <li>{@code certified}: staff holding a valid certificate today;</li>
 * <li>{@code expiringSoon}: among {@code certified}, those whose valid certificate expires within 90 days
 * (a subset of {@code certified}, not an extra category);</li>
 * <li>{@code expired}: staff whose certificate has expired and who hold no valid one;</li>
 * <li>{@code inProgress}: staff working on a programme who are not certified (may include people in
 * {@code expired} who are renewing);</li>
 * <li>{@code focalPoints}: staff designated as focal points; {@code focalPointsWithoutValid}: those of them
 * without a valid certificate (a subset of {@code focalPoints}).</li>
 * </ul>
 */
public record DashboardRow(String country, String organisationId, String organisationName, String kind,
        int staff, int certified, int expiringSoon, int expired, int inProgress, int focalPoints,
        int focalPointsWithoutValid) {

    /** A row with these labels and every count at zero, to sum into. */
    public static DashboardRow empty(String country, String organisationId, String organisationName, String kind) {
        return new DashboardRow(country, organisationId, organisationName, kind, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The counts of both rows added up, under this row's labels. */
    public DashboardRow plus(DashboardRow other) {
        return new DashboardRow(country, organisationId, organisationName, kind,
                staff + other.staff, certified + other.certified, expiringSoon + other.expiringSoon,
                expired + other.expired, inProgress + other.inProgress, focalPoints + other.focalPoints,
                focalPointsWithoutValid + other.focalPointsWithoutValid);
    }
}
