package org.palermoacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.catalog.Quiz.Option;
import org.palermoacademy.catalog.ui.CitationChips;

/**
 * One quiz question with the input its type needs, all keyboard-operable: radio buttons (single,
 * true/false), checkboxes (multiple), a select per left-hand item (matching), up/down buttons
 * (ordering). After grading it shows whether the answer was right, the right answer and the explanation.
 */
class QuestionCard extends Div {

    private final Quiz.Question question;
    private RadioButtonGroup<Option> single;
    private RadioButtonGroup<String> trueFalse;
    private CheckboxGroup<Option> multiple;
    private final List<Select<String>> matches = new ArrayList<>();
    private final List<String> order = new ArrayList<>();
    private OrderedList orderList;
    private final Div feedback = new Div();

    QuestionCard(int number, Quiz.Question question, Random random) {
        this.question = question;
        addClassName("pa-card");
        addClassName("pa-question");
        setId("q-" + question.id());
        getElement().setAttribute("data-type", question.type().name().toLowerCase());
        add(new H3(getTranslation("quiz.question", number)), new Paragraph(question.prompt()), input(random), feedback);
    }

    private Component input(Random random) {
        return switch (question.type()) {
            case SINGLE -> {
                single = new RadioButtonGroup<>();
                single.setItems(question.options());
                single.setItemLabelGenerator(Option::text);
                single.setAriaLabel(question.prompt());
                single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                yield single;
            }
            case MULTIPLE -> {
                multiple = new CheckboxGroup<>();
                multiple.setItems(question.options());
                multiple.setItemLabelGenerator(Option::text);
                multiple.setHelperText(getTranslation("quiz.multipleHint"));
                multiple.setAriaLabel(question.prompt());
                multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                yield multiple;
            }
            case TRUE_FALSE -> {
                trueFalse = new RadioButtonGroup<>();
                trueFalse.setItems("true", "false");
                trueFalse.setItemLabelGenerator(v -> getTranslation("quiz." + v));
                trueFalse.setAriaLabel(question.prompt());
                yield trueFalse;
            }
            case MATCHING -> matching(random);
            case ORDERING -> ordering(random);
        };
    }

    private Component matching(Random random) {
        List<String> rights = new ArrayList<>(question.pairs().stream().map(Quiz.Pair::right).toList());
        Collections.shuffle(rights, random);
        Div grid = new Div();
        grid.addClassName("pa-matching");
        int i = 0;
        for (Quiz.Pair pair : question.pairs()) {
            Select<String> select = new Select<>();
            select.setLabel(pair.left());
            select.setItems(rights);
            select.setPlaceholder(getTranslation("quiz.choose"));
            select.setId("match-" + question.id() + "-" + i++);
            select.setWidthFull();
            matches.add(select);
            grid.add(select);
        }
        return grid;
    }

    private Component ordering(Random random) {
        order.addAll(question.items());
        do {
            Collections.shuffle(order, random);
        } while (order.equals(question.items()) && order.size() > 1);
        orderList = new OrderedList();
        orderList.addClassName("pa-ordering");
        renderOrder();
        return orderList;
    }

    private void renderOrder() {
        orderList.removeAll();
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, -1));
            up.setAriaLabel(getTranslation("quiz.moveUp", order.get(i)));
            up.setEnabled(i > 0);
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            up.addClassName("pa-up");
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, 1));
            down.setAriaLabel(getTranslation("quiz.moveDown", order.get(i)));
            down.setEnabled(i < order.size() - 1);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.addClassName("pa-down");
            Span text = new Span(order.get(i));
            text.addClassName("pa-order-text");
            ListItem item = new ListItem(text, up, down);
            item.getElement().setAttribute("data-item", order.get(i));
            orderList.add(item);
        }
    }

    private void move(int index, int delta) {
        Collections.swap(order, index, index + delta);
        renderOrder();
    }

    /** The answer as the grader expects it; null when nothing was chosen. */
    List<String> answer() {
        return switch (question.type()) {
            case SINGLE -> single.getValue() == null ? null : List.of(single.getValue().id());
            case MULTIPLE -> multiple.getValue().isEmpty() ? null
                    : multiple.getValue().stream().map(Option::id).sorted().toList();
            case TRUE_FALSE -> trueFalse.getValue() == null ? null : List.of(trueFalse.getValue());
            case MATCHING -> matches.stream().anyMatch(s -> s.getValue() == null) ? null
                    : matches.stream().map(Select::getValue).toList();
            case ORDERING -> List.copyOf(order);
        };
    }

    void showResult(boolean correct, Catalog catalog) {
        feedback.removeAll();
        feedback.addClassName(correct ? "pa-right" : "pa-wrong");
        Span verdict = new Span(getTranslation(correct ? "quiz.right" : "quiz.wrong"));
        verdict.addClassName("pa-verdict");
        feedback.add(verdict);
        if (!correct) {
            feedback.add(new Paragraph(getTranslation("quiz.rightAnswer", String.join("; ", question.correctAnswerText()))));
        }
        feedback.add(new Paragraph(question.explanation()), new CitationChips(question.cites(), catalog));
        getElement().setAttribute("data-result", correct ? "right" : "wrong");
        lock();
    }

    private void lock() {
        if (single != null) {
            single.setReadOnly(true);
        }
        if (multiple != null) {
            multiple.setReadOnly(true);
        }
        if (trueFalse != null) {
            trueFalse.setReadOnly(true);
        }
        matches.forEach(s -> s.setReadOnly(true));
        if (orderList != null) {
            orderList.getChildren().forEach(li -> li.getChildren().filter(c -> c instanceof Button)
                    .forEach(b -> ((Button) b).setEnabled(false)));
        }
    }
}
