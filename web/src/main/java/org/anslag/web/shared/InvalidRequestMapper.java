package org.anslag.web.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Map;

/**
 * A request body that breaks a Bean Validation constraint (a text longer than its column, a
 * missing id): 422 naming the field, as a refused business rule is answered.
 */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ConstraintViolation<?> first = exception.getConstraintViolations().stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString())).orElseThrow();
        Map<String, Object> limits = first.getConstraintDescriptor().getAttributes();
        Object[] arguments = limits.containsKey("max") ? new Object[] {limits.get("max")} : new Object[0];
        return FieldProblem.response(422, field(first.getPropertyPath()), first.getMessage(), arguments);
    }

    /** {@code budget[0].year} from the property path. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
