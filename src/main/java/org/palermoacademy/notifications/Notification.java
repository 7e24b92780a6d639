package org.palermoacademy.notifications;

import java.time.Instant;
import java.util.List;

/**
 * One notification. {@code kind} names the message ({@code notify.<kind>.title} / {@code .body} in the
 * translation files) and {@code args} fill it; {@code link} is a route in the application.
 */
public record Notification(String id, String kind, List<String> args, String link, Instant createdAt, boolean read) {
}
