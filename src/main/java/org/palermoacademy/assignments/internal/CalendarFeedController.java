package org.palermoacademy.assignments.internal;

import org.palermoacademy.assignments.CalendarService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves calendar feeds to calendar programs (no session: the secret token is the credential). */
@RestController
class CalendarFeedController {

    private final CalendarService calendar;

    CalendarFeedController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendar.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(new MediaType("text", "calendar",
                        java.nio.charset.StandardCharsets.UTF_8)).cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
