package org.anslag.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;

class DiagramNamesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String MODEL = model();
    private final DiagramNames names = new DiagramNames();

    @Test
    void everyNamedStepEventGatewayAndFlowIsNamedInSwedish() {
        Map<String, String> english = namedElements(read(MODEL));
        Map<String, String> swedish = namedElements(read(names.in(SWEDISH, MODEL)));

        Set<String> untranslated = english.keySet().stream()
                .filter(id -> english.get(id).equals(swedish.get(id)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).as("elements still named as in the model").isEmpty();
        assertThat(swedish).containsEntry("Task_DeclareConflicts", "Pröva jäv")
                .containsEntry("Gateway_Conflict", "Jäv?")
                .containsEntry("SequenceFlow_NoConflict", "Nej")
                .containsEntry("SubProcess_Review", "Bedömning");
    }

    @Test
    void theEnglishDiagramNamesStepsAsThePagesDo() {
        Map<String, String> english = namedElements(read(names.in(Locale.ENGLISH, MODEL)));

        assertThat(english).containsEntry("Task_ApproveDecision", "Approve decision (four eyes)")
                .containsEntry("Gateway_Eligible", "Eligible?");
    }

    @Test
    void theDiagramKeepsItsLayout() {
        BpmnModelInstance swedish = read(names.in(SWEDISH, MODEL));

        assertThat(swedish.getModelElementsByType(BpmnShape.class)).isNotEmpty()
                .hasSameSizeAs(read(MODEL).getModelElementsByType(BpmnShape.class));
    }

    @Test
    void aLabelSizedForAnEnglishWordIsWidenedAboutItsMiddle() {
        Bounds english = labelOf(read(MODEL), "SequenceFlow_Ineligible");
        Bounds swedish = labelOf(read(names.in(SWEDISH, MODEL)), "SequenceFlow_Ineligible");

        assertThat(english.getWidth()).as("the model's label fits \"No\"").isLessThan(90);
        assertThat(swedish.getWidth()).isEqualTo(90);
        assertThat(swedish.getX() + swedish.getWidth() / 2).isEqualTo(english.getX() + english.getWidth() / 2);
    }

    private static Bounds labelOf(BpmnModelInstance model, String flowId) {
        return model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> flowId.equals(edge.getBpmnElement().getId())).findFirst().orElseThrow()
                .getBpmnLabel().getBounds();
    }

    private static Map<String, String> namedElements(BpmnModelInstance model) {
        return model.getModelElementsByType(FlowElement.class).stream().filter(element -> element.getName() != null)
                .collect(Collectors.toMap(FlowElement::getId, FlowElement::getName));
    }

    private static BpmnModelInstance read(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String model() {
        try (InputStream in = DiagramNamesTest.class.getResourceAsStream("/processes/grant-application.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
