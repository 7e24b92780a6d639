package org.palermoacademy.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A quiz with its questions and pass mark. Grading happens here, on the server: the answer key never
 * leaves it before the learner has answered.
 */
public record Quiz(String id, String courseId, String title, int passMark, List<Question> questions) {

    public enum Type { SINGLE, MULTIPLE, TRUE_FALSE, MATCHING, ORDERING }

    public record Option(String id, String text) {
    }

    public record Pair(String left, String right) {
    }

    /**
     * One question. Which fields are used depends on the type: options and correct option ids (single,
     * multiple), the boolean (true/false), pairs (matching), items in the right order (ordering).
     */
    public record Question(String id, Type type, String prompt, List<Option> options, Set<String> correctOptions,
            Boolean correctBoolean, List<Pair> pairs, List<String> items, String explanation, List<Citation> cites) {

        /**
         * Whether an answer is fully right. Answers are lists of strings: option ids (single, multiple),
         * "true"/"false", the chosen right-hand text for each left-hand item in order (matching), or the
         * items in the learner's order (ordering).
         */
        public boolean isCorrect(List<String> answer) {
            if (answer == null) {
                return false;
            }
            return switch (type) {
                case SINGLE, MULTIPLE -> new TreeSet<>(answer).equals(new TreeSet<>(correctOptions))
                        && answer.size() == correctOptions.size();
                case TRUE_FALSE -> answer.size() == 1 && String.valueOf(correctBoolean).equals(answer.getFirst());
                case MATCHING -> answer.equals(pairs.stream().map(Pair::right).toList());
                case ORDERING -> answer.equals(items);
            };
        }

        /** The right answer in words, for feedback after answering. */
        public List<String> correctAnswerText() {
            return switch (type) {
                case SINGLE, MULTIPLE -> options.stream().filter(o -> correctOptions.contains(o.id()))
                        .map(Option::text).toList();
                case TRUE_FALSE -> List.of(String.valueOf(correctBoolean));
                case MATCHING -> pairs.stream().map(p -> p.left() + " → " + p.right()).toList();
                case ORDERING -> items;
            };
        }
    }

    /** The outcome of one attempt: per-question correctness, percentage and pass/fail. */
    public record Result(Map<String, Boolean> correct, int scorePercent, boolean passed) {
    }

    public Result grade(Map<String, List<String>> answers) {
        Map<String, Boolean> correct = new LinkedHashMap<>();
        int right = 0;
        for (Question q : questions) {
            boolean ok = q.isCorrect(answers.get(q.id()));
            correct.put(q.id(), ok);
            if (ok) {
                right++;
            }
        }
        int percent = questions.isEmpty() ? 0 : Math.round(100f * right / questions.size());
        return new Result(correct, percent, percent >= passMark);
    }

    public Set<Integer> citedArticles() {
        Set<Integer> articles = new TreeSet<>();
        questions.forEach(q -> q.cites().forEach(c -> articles.add(c.article())));
        return articles;
    }

    public List<String> questionIds() {
        List<String> ids = new ArrayList<>();
        questions.forEach(q -> ids.add(q.id()));
        return ids;
    }
}
