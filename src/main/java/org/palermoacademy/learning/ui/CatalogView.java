package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.palermoacademy.catalog.Audience;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.learning.CourseProgress;
import org.palermoacademy.learning.ProgressService;
import org.palermoacademy.shared.Language;

/** The course catalogue: learning paths, filters by audience and language, search by title or article. */
@Route("courses")
@Menu(title = "nav.courses", order = 15, icon = "OPEN_BOOK")
@PermitAll
class CatalogView extends Main implements HasDynamicTitle {

    private static final Pattern ARTICLE = Pattern.compile("^(?:art\\.?\\s*)?(\\d{1,2})\\b.*", Pattern.CASE_INSENSITIVE);
    private final transient Catalog catalog;
    private final ComboBox<Audience> audience = new ComboBox<>();
    private final ComboBox<Language> language = new ComboBox<>();
    private final TextField search = new TextField();
    private final Div cards = new Div();
    private final transient Map<String, CourseProgress> progress;

    CatalogView(Catalog catalog, ProgressService progressService) {
        this.catalog = catalog;
        this.progress = progressService.myLearning().stream()
                .collect(Collectors.toMap(CourseProgress::courseId, Function.identity()));
        setId("catalog");
        addClassName("pa-page");
        audience.setLabel(getTranslation("catalog.filter.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> LearningUi.audience(this, a));
        audience.setClearButtonVisible(true);
        audience.setId("filter-audience");
        language.setLabel(getTranslation("catalog.filter.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setClearButtonVisible(true);
        language.setId("filter-language");
        search.setLabel(getTranslation("catalog.search"));
        search.setPlaceholder(getTranslation("catalog.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("course-search");
        audience.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(audience, language, search);
        filters.addClassName("pa-filters");
        cards.addClassName("pa-cards");
        cards.setId("course-cards");
        add(new H1(getTranslation("catalog.title")), paths(), new H2(getTranslation("catalog.allCourses")), filters,
                cards);
        refresh();
    }

    private Div paths() {
        Div paths = new Div();
        paths.addClassName("pa-paths");
        paths.setId("learning-paths");
        paths.add(new H2(getTranslation("catalog.paths")));
        Language lang = LearningUi.language(this);
        for (var path : catalog.paths()) {
            Div card = new Div(new H3(LearningUi.audience(this, path.audience())));
            card.addClassName("pa-card");
            if (path.description() != null) {
                card.add(new Paragraph(path.description()));
            }
            OrderedList steps = new OrderedList();
            path.courseIds().forEach(id -> catalog.course(id).ifPresent(c ->
                    steps.add(new ListItem(new Anchor("courses/" + id, c.title(lang))))));
            card.add(steps);
            paths.add(card);
        }
        return paths;
    }

    private void refresh() {
        cards.removeAll();
        Language lang = LearningUi.language(this);
        String text = search.getValue() == null ? "" : search.getValue().trim();
        Matcher article = ARTICLE.matcher(text);
        Integer articleNumber = article.matches() ? Integer.valueOf(article.group(1)) : null;
        var courses = catalog.courses().stream()
                .filter(c -> audience.getValue() == null || c.audiences().contains(audience.getValue()))
                .filter(c -> language.getValue() == null || c.languages().contains(language.getValue()))
                .filter(c -> text.isEmpty() || matches(c, text, articleNumber, lang))
                .toList();
        if (courses.isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalog.none")));
        }
        courses.forEach(c -> cards.add(new CourseCard(c, progress.get(c.id()), lang)));
    }

    private static boolean matches(Course c, String text, Integer article, Language lang) {
        if (article != null) {
            return c.citedArticles().contains(article);
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return Arrays.asList(c.title(), c.title(lang), c.summary(lang)).stream()
                .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
