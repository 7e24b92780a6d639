package org.palermoacademy.notifications.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail (no HTML, so nothing a user typed can become markup). With {@code spring.mail.host}
 * set it goes through SMTP; without, it is logged and kept in the {@code outbox} collection, which
 * administrators can read in the application.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final java.util.Map<org.palermoacademy.shared.Language, Properties> TEXTS = texts();
    private final ObjectProvider<JavaMailSender> sender;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final String host;

    Mailer(ObjectProvider<JavaMailSender> sender, MongoTemplate mongo, Clock clock,
            @Value("${palermo.mail.from:Palermo Academy <no-reply@palermoacademy.example>}") String from,
            @Value("${palermo.base-url:http://localhost:8080}") String baseUrl,
            @Value("${spring.mail.host:}") String host) {
        this.sender = sender;
        this.mongo = mongo;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
        this.host = host;
    }

    private static java.util.Map<org.palermoacademy.shared.Language, Properties> texts() {
        java.util.Map<org.palermoacademy.shared.Language, Properties> all = new java.util.EnumMap<>(
                org.palermoacademy.shared.Language.class);
        for (var language : org.palermoacademy.shared.Language.values()) {
            String file = language == org.palermoacademy.shared.Language.EN ? "translations.properties"
                    : "translations_" + language.tag() + ".properties";
            Properties p = new Properties();
            try (InputStream in = Mailer.class.getResourceAsStream("/vaadin-i18n/" + file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | NullPointerException e) {
                log.warn("No mail texts in {}: {}", file, e.getMessage());
            }
            all.put(language, p);
        }
        return all;
    }

    static String text(org.palermoacademy.shared.Language language, String key, List<String> args) {
        String pattern = TEXTS.get(language).getProperty(key,
                TEXTS.get(org.palermoacademy.shared.Language.EN).getProperty(key, key));
        return new MessageFormat(pattern, Locale.forLanguageTag(language.tag())).format(args.toArray());
    }

    /** Sends (or keeps) one message; failures are logged, never thrown at the caller. */
    public void send(String to, org.palermoacademy.shared.Language language, String kind, List<String> args, String link) {
        String subject = strip(text(language, "notify." + kind + ".title", args)).replace('\n', ' ');
        String body = strip(text(language, "notify." + kind + ".body", args)) + "\n\n" + baseUrl + "/"
                + (link == null ? "" : link) + "\n\n" + text(language, "notify.footer", List.of());
        if (host != null && !host.isBlank() && sender.getIfAvailable() != null) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(to);
                message.setSubject(subject);
                message.setText(body);
                sender.getObject().send(message);
                return;
            } catch (MailException e) {
                log.warn("Mail to {} not sent ({}); kept in the outbox", to, e.getMessage());
            }
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("to", to);
        kept.put("subject", subject);
        kept.put("body", body);
        kept.put("at", clock.instant());
        mongo.insert(new org.bson.Document(kept), "outbox");
        log.info("Mail kept in the outbox (no SMTP server configured): to={} subject={}", to, subject);
    }

    public List<Map<String, Object>> outbox(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), org.bson.Document.class,
                "outbox").stream().map(d -> (Map<String, Object>) new LinkedHashMap<String, Object>(d)).toList();
    }

    /** No header injection: line breaks never reach the subject, control characters never the body. */
    static String strip(String s) {
        return s.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replace("\r", "");
    }
}
