package org.budgetkit.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that is not what budgetkit JSON allows, with its message in both languages and the
 * offending text; {@link BudgetJson} turns it into a {@link org.budgetkit.io.BudgetFormatException}.
 * To any other caller of Jackson it is an ordinary {@link JsonMappingException} with a location.
 */
final class JsonProblem extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String chinese;
    private final String text;

    JsonProblem(JsonParser p, String english, String chinese, String text) {
        super(p, english, p.currentTokenLocation());
        this.chinese = chinese;
        this.text = text == null ? "" : text;
    }

    JsonProblem(JsonParser p, com.fasterxml.jackson.core.JsonLocation at, String english, String chinese,
            String text) {
        super(p, english, at);
        this.chinese = chinese;
        this.text = text == null ? "" : text;
    }

    String english() {
        return getOriginalMessage();
    }

    String chinese() {
        return chinese;
    }

    String text() {
        return text;
    }
}
