package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The FEEL engine the rating tables run on parses each expression text once and evaluates it afresh every time:
 * a kept syntax tree never carries a value from one evaluation into the next, and a text that does not parse is
 * refused every time, as Camunda's own engine refuses it. The built-in functions, built once, work; a failed
 * evaluation leaves nothing behind for the next.
 */
class ParsedFeelEngineFactoryTest {

    ParsedFeelEngineFactory.Engine engine = new ParsedFeelEngineFactory().createInstance();

    @Test
    void anExpressionIsParsedOnceAndEvaluatedWithEachCallsVariables() {
        String text = "if rated > 0 then (count_HELT + count_DELVIS / 2) / rated else null";
        Object half = engine.evaluateSimpleExpression(text, Variables.createVariables().putValue("rated", 4)
                .putValue("count_HELT", 1).putValue("count_DELVIS", 2).asVariableContext());
        Object none = engine.evaluateSimpleExpression(text, Variables.createVariables().putValue("rated", 0)
                .putValue("count_HELT", 0).putValue("count_DELVIS", 0).asVariableContext());

        assertThat(half).hasToString("0.5");
        assertThat(none).isNull();
        assertThat(engine.parsedTexts()).isEqualTo(1);
    }

    @Test
    void unaryTestsAreParsedOnceAndJudgeEachInput() {
        assertThat(engine.evaluateSimpleUnaryTests("<= tolerance", "shortfall", Variables.createVariables()
                .putValue("shortfall", 3).putValue("tolerance", 5).asVariableContext())).isTrue();
        assertThat(engine.evaluateSimpleUnaryTests("<= tolerance", "shortfall", Variables.createVariables()
                .putValue("shortfall", 6).putValue("tolerance", 5).asVariableContext())).isFalse();
        assertThat(engine.parsedTexts()).isEqualTo(1);
    }

    @Test
    void aTextThatDoesNotParseIsRefusedEveryTimeAndNotKept() {
        for (int time = 0; time < 2; time++) {
            assertThatThrownBy(() -> engine.evaluateSimpleExpression("if rated >", Variables.createVariables()
                    .asVariableContext())).isInstanceOf(FeelException.class);
        }
        assertThat(engine.parsedTexts()).isZero();
    }

    @Test
    void builtInFunctionsWorkAndAFailedEvaluationLeavesNothingForTheNext() {
        assertThat((Object) engine.evaluateSimpleExpression("max(lower - outcome, outcome - upper)", Variables
                .createVariables().putValue("lower", 40).putValue("upper", 60).putValue("outcome", 65)
                .asVariableContext())).hasToString("5");
        String text = "assert(rated, rated > 0)";
        assertThatThrownBy(() -> engine.evaluateSimpleExpression(text, Variables.createVariables()
                .putValue("rated", 0).asVariableContext())).isInstanceOf(FeelException.class)
                .hasMessageContaining("Assertion failure");
        assertThat((Object) engine.evaluateSimpleExpression(text, Variables.createVariables().putValue("rated", 2)
                .asVariableContext())).hasToString("2");
    }
}
