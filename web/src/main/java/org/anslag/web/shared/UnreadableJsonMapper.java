package org.anslag.web.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A request body that is no JSON, names a field the API does not know, or puts a value of the
 * wrong kind into a field: 400 naming the field (as far as the parser got), never 500.
 */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (notJson(exception)) {
            String field = exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? path(mapping) : fieldBeingRead(exception);
            return FieldProblem.response(400, field, "api.malformedJson",
                    exception.getLocation() == null ? 0 : exception.getLocation().getLineNr(),
                    exception.getLocation() == null ? 0 : exception.getLocation().getColumnNr());
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return FieldProblem.response(400, path(unknown), "api.unknownField");
        }
        if (exception instanceof MismatchedInputException wrong && wrong.getTargetType() != null) {
            Object[] allowed = wrong instanceof InvalidFormatException && wrong.getTargetType().isEnum()
                    ? new Object[] {Arrays.stream(wrong.getTargetType().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "))}
                    : new Object[0];
            return FieldProblem.response(400, path(wrong), "api.wrongType", allowed);
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return FieldProblem.response(400, path(mapping), "api.wrongType");
        }
        return FieldProblem.response(400, "body", "api.wrongType");
    }

    /** Broken JSON, also when the parser met it while filling a field (then it comes wrapped). */
    private static boolean notJson(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    /** {@code budget[0].category} from the parser's path. */
    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : exception.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The field whose value the parser stumbled in, or the body as a whole. */
    private static String fieldBeingRead(JsonProcessingException exception) {
        if (exception.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null
                && parser.getParsingContext().getCurrentName() != null) {
            return parser.getParsingContext().getCurrentName();
        }
        return "body";
    }
}
