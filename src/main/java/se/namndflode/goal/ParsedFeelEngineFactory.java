package se.namndflode.goal;

import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine (Scala), with each expression text parsed once instead of on every evaluation.
 *
 * <p>Why: the DMN engine hands the FEEL engine the text of every input expression, input entry and output entry
 * each time a table is evaluated, and {@code org.camunda.feel.FeelEngine.evalExpression}/{@code evalUnaryTests}
 * parse that text again each time. Parsing was most of the time of a rating proposal (issue 10, see
 * docs/performance.md). Only the parse is kept: the same engine, value mappers and evaluation as
 * {@link org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory}, so results and error messages are the same.
 *
 * <p>The cache maps expression text to its syntax tree, a pure function of the text (nothing of a municipality,
 * a tenant or a request is in it), so keeping it per JVM changes no behaviour between nodes. It is bounded: when
 * it holds {@value #LIMIT} texts it starts over. Texts that fail to parse are not kept, so the error is reported
 * each time as before.
 */
final class ParsedFeelEngineFactory implements FeelEngineFactory {

    /** Most expression texts kept; a municipality's two tables have a few dozen. */
    static final int LIMIT = 10_000;

    @Override
    public Engine createInstance() {
        return new Engine();
    }

    /** Camunda's {@link ScalaFeelEngine} on a {@link ParsingOnce}. */
    static final class Engine extends ScalaFeelEngine {

        Engine() {
            super(List.of());
        }

        @Override
        protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                ValueMapper.CompositeValueMapper valueMapper) {
            // As ScalaFeelEngine builds it (external functions off, the default clock), parsing once.
            return new ParsingOnce(functions, valueMapper);
        }

        /** How many expression texts are kept parsed. */
        int parsedTexts() {
            return ((ParsingOnce) feelEngine).size();
        }
    }

    /** The Scala FEEL engine with its two parse methods remembered per text; evaluation is its own. */
    static final class ParsingOnce extends org.camunda.feel.FeelEngine {

        private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
        private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

        ParsingOnce(CustomFunctionTransformer functions, ValueMapper valueMapper) {
            super(functions, valueMapper, new Configuration(false), org.camunda.feel.FeelEngine.defaultClock());
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return parsed(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return parsed(unaryTests, expression, super::parseUnaryTests);
        }

        int size() {
            return expressions.size() + unaryTests.size();
        }

        private static Either<Failure, ParsedExpression> parsed(Map<String, ParsedExpression> cache, String text,
                Function<String, Either<Failure, ParsedExpression>> parse) {
            if (text == null) {
                return parse.apply(null);
            }
            ParsedExpression known = cache.get(text);
            if (known != null) {
                return new camundajar.impl.scala.util.Right<>(known);
            }
            Either<Failure, ParsedExpression> result = parse.apply(text);
            if (result.isRight()) {
                if (cache.size() >= LIMIT) {
                    cache.clear();
                }
                cache.put(text, result.toOption().get());
            }
            return result;
        }
    }
}
