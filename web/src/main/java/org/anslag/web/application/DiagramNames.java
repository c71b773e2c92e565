package org.anslag.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * The process model with its steps, events, gateways and flows named in the reader's language:
 * the model is named in English for its developers, the diagram is read by applicants and staff.
 * A step the pages name ({@code step.<id>}) has that name; others have {@code diagram.<id>}.
 */
@ApplicationScoped
public class DiagramNames {

    /** bpmn-js's own width for a label it places itself. */
    private static final double LABEL_WIDTH = 90;

    private record Key(String bpmnXml, Locale locale) {
    }

    /** Per deployed model and language; parsing and writing a model takes longer than the page. */
    private final Map<Key, String> translated = new ConcurrentHashMap<>();

    public String in(Locale locale, String bpmnXml) {
        return translated.computeIfAbsent(new Key(bpmnXml, locale), key -> translate(key.bpmnXml(), key.locale()));
    }

    private static String translate(String bpmnXml, Locale locale) {
        ResourceBundle names = ResourceBundle.getBundle("org.anslag.web.messages", locale);
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            for (String key : new String[] {"step." + element.getId(), "diagram." + element.getId()}) {
                if (element.getName() != null && names.containsKey(key)) {
                    element.setName(names.getString(key));
                    break;
                }
            }
        }
        model.getModelElementsByType(BpmnShape.class).forEach(shape -> widen(shape.getBpmnLabel()));
        model.getModelElementsByType(BpmnEdge.class).forEach(edge -> widen(edge.getBpmnLabel()));
        return Bpmn.convertToString(model);
    }

    /** A label laid out for an English word ("No") is too narrow for its translation ("Nej"): widen it about its middle. */
    private static void widen(BpmnLabel label) {
        Bounds bounds = label == null ? null : label.getBounds();
        if (bounds != null && bounds.getWidth() < LABEL_WIDTH) {
            bounds.setX(bounds.getX() - (LABEL_WIDTH - bounds.getWidth()) / 2);
            bounds.setWidth(LABEL_WIDTH);
        }
    }
}
