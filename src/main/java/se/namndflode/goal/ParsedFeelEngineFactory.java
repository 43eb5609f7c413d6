package se.namndflode.goal;

import camundajar.impl.scala.jdk.javaapi.CollectionConverters;
import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FailedEvaluationResult;
import org.camunda.feel.api.SuccessfulEvaluationResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine (Scala), with each expression text parsed once instead of on every evaluation, and its
 * built-in functions built once instead of on every evaluation.
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
 *
 * <p>Why the built-in functions: feel-engine 1.17 to 1.19.3 (ours, through Camunda 7.24.0) builds its whole set
 * of built-in functions (a few hundred objects) in {@code FeelEngine.rootContext} for each evaluation; after the
 * parse fix that was most of the remaining time (docs/performance.md). Upstream turned the root context back into
 * a value (camunda/feel-scala pull request 1108, back-ported to 1.19 as 1117). {@link ParsingOnce#evaluate} does
 * the same here: it is {@code FeelEngine.evaluate} of 1.19.3 with the root context built once and a new failure
 * collector per evaluation (so nothing of one evaluation reaches another). Remove it, keeping the parse cache,
 * once the project's feel-engine has that fix.
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
            // As FeelEngine.rootContext of 1.19.3 builds it on every call.
            root = EvalContext.create(valueMapper, new FunctionProvider.CompositeFunctionProvider(
                    CollectionConverters.asScala(List.<FunctionProvider>of(new BuiltinFunctions(clock(), valueMapper),
                            functions)).toList()));
            interpreter = new FeelInterpreter(valueMapper);
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return parsed(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return parsed(unaryTests, expression, super::parseUnaryTests);
        }

        /** The built-in and custom functions, built once; its variables are empty and never written. */
        private final EvalContext root;
        private final FeelInterpreter interpreter;

        @Override
        public EvaluationResult evaluate(ParsedExpression parsed, Context context) {
            // The expression was validated when parsed (parseExpression/parseUnaryTests); as FeelEngine.evaluate
            // of 1.19.3 from here on, with a fresh failure collector instead of a fresh root context.
            EvalContext evaluation = new EvalContext(valueMapper(), root.variableProvider(),
                    root.functionProvider(), new EvaluationFailureCollector()).merge(context);
            try {
                Val value = interpreter.eval(parsed.expression(), evaluation);
                var failures = evaluation.failureCollector().failures();
                for (EvaluationFailure failure : CollectionConverters.asJava(failures)) {
                    if (failure.failureType() == EvaluationFailureType.ASSERT_FAILURE$.MODULE$) {
                        return new FailedEvaluationResult(new Failure("Assertion failure on evaluate the expression '"
                                + parsed.text() + "': " + failure.failureMessage()), failures);
                    }
                }
                if (value instanceof ValError error) {
                    return failed(parsed, error.error(), failures);
                }
                if (value instanceof ValFatalError error) {
                    return failed(parsed, error.error(), failures);
                }
                return new SuccessfulEvaluationResult(valueMapper().unpackVal(value), failures);
            } catch (RuntimeException e) {
                return failed(parsed, e.toString(), evaluation.failureCollector().failures());
            }
        }

        private static EvaluationResult failed(ParsedExpression parsed, String message,
                camundajar.impl.scala.collection.immutable.List<EvaluationFailure> failures) {
            return new FailedEvaluationResult(new Failure("failed to evaluate expression '" + parsed.text() + "': "
                    + message), failures);
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
