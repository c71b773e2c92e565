package org.anslag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = {"processes/grant-application.bpmn", "processes/eligibility.dmn"})
class GrantApplicationProcessTest {

    private static final String APPLICATION_NUMBER = "IH-2026-0001";
    private static final long APPLICATION_ID = 42L;
    private static final List<String> EVALUATORS = List.of("anna", "bo");
    private static final List<String> HAPPY_PATH = List.of("Task_CheckEligibility",
            "Task_AssignEvaluators", "Task_DeclareConflicts", "Task_ReviewApplication", "Task_DecideFunding",
            "Task_AcceptAgreement", "Task_SubmitProgressReport", "Task_AssessProgressReport");
    /** The follow-up's assessors as the service names them when a report comes in. */
    private static final Map<String, Object> REPORT_SUBMITTED = Map.of("reportAssessors", "bo,cecilia");
    private static final Map<String, Object> SENT_BACK = Map.of("reportApproved", false, "moreReports", false,
            "reportPeriod", 1);
    private static final Map<String, Object> FINAL_APPROVED = Map.of("finalReportApproved", true);
    private static final ZonedDateTime SUBMITTED = LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.systemDefault());
    /** A first report window planned to open well after acceptance. */
    private static final Instant WINDOW_OPENS = SUBMITTED.plusDays(200).toInstant();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.get())
            .build();

    private final RecordingProcessEvents processEvents = new RecordingProcessEvents();

    @BeforeEach
    void registerProcessEvents() {
        Mocks.register("applicationProcessEvents", processEvents);
        Mocks.register("reviewProcessEvents", processEvents);
        moveClockTo(SUBMITTED);
    }

    @AfterEach
    void resetClockAndBeans() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void submittingLeavesTheProposedEligibilityAsPlainVariables() {
        ProcessInstance application = submit("MUNICIPALITY");

        assertThat(application).hasPassed("Task_ProposeEligibility").isWaitingAt("Task_CheckEligibility");
        Map<String, Object> variables = engine.getRuntimeService().getVariables(application.getId());
        assertThat(variables).containsEntry("proposedEligible", true)
                .containsEntry("eligibilityReasons", "")
                .doesNotContainKey("shortcomings");
        assertThat(variableType(application, "proposedEligible")).isEqualTo(ValueType.BOOLEAN);
        assertThat(variableType(application, "eligibilityReasons")).isEqualTo(ValueType.STRING);
    }

    @Test
    void theProposalCarriesEveryReasonAnApplicationIsIneligible() {
        ProcessInstance application = engine.getRuntimeService().startProcessInstanceByKey("grant-application",
                APPLICATION_NUMBER, facts("REGION").putValue("partnerCount", 0));

        assertThat(application).isWaitingAt("Task_CheckEligibility")
                .variables().containsEntry("proposedEligible", false)
                .containsEntry("eligibilityReasons", "KIND_NOT_ELIGIBLE,TOO_FEW_PARTNERS");
    }

    @Test
    void ineligibleApplicationEndsAfterTheManagersCheck() {
        ProcessInstance application = submit("MUNICIPALITY");

        complete(application, "Task_CheckEligibility", Map.of("eligible", false));

        assertThat(application).hasPassed("EndEvent_Ineligible")
                .hasNotPassed("Task_AssignEvaluators").isEnded();
    }

    @Test
    void eachAssignedEvaluatorReviewsInParallel() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_ReviewApplication");

        List<Task> reviews = tasks(application, "Task_ReviewApplication");
        assertThat(reviews).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(EVALUATORS);

        engine.getTaskService().complete(reviews.get(0).getId());
        assertThat(application).isWaitingAt("Task_ReviewApplication").isNotWaitingAt("Task_DecideFunding");

        engine.getTaskService().complete(reviews.get(1).getId());
        assertThat(application).isWaitingAt("Task_DecideFunding");
    }

    @Test
    void aDeclaredConflictGoesToTheManagersWhoseReplacementDeclaresInTurn() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_DeclareConflicts");

        declare(application, "anna", true);
        declare(application, "bo", false);
        assertThat(tasks(application, "Task_ReplaceEvaluator")).hasSize(1);
        assertThat(tasks(application, "Task_ReviewApplication")).extracting(Task::getAssignee)
                .as("the evaluator without a conflict goes on at once").containsExactly("bo");

        engine.getTaskService().complete(tasks(application, "Task_ReplaceEvaluator").get(0).getId(),
                Map.of("evaluator", "cecilia"));
        assertThat(tasks(application, "Task_DeclareConflicts")).extracting(Task::getAssignee).containsExactly("cecilia");
        declare(application, "cecilia", false);
        assertThat(tasks(application, "Task_ReviewApplication")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("bo", "cecilia");

        complete(application, "Task_ReviewApplication", Map.of());
        assertThat(application).isWaitingAt("Task_DecideFunding");
        assertThat(engine.getRuntimeService().getVariables(application.getId()))
                .as("declarations stay inside each evaluator's review").doesNotContainKeys("conflict", "evaluator");
    }

    @Test
    void anOpenReviewRemindsItsEvaluatorBeforeTheDueDateAndTellsTheManagersAfterItOnce() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_ReviewApplication");
        assertThat(tasks(application, "Task_ReviewApplication")).allSatisfy(review ->
                assertThat(review.getDueDate()).isEqualTo(Date.from(SUBMITTED.plusDays(14).toInstant())));
        complete(application, "Task_ReviewApplication", Map.of(), "bo");

        moveClockTo(SUBMITTED.plusDays(11).minusMinutes(1));
        executeDueJobs();
        assertThat(processEvents.reviewReminders()).isEmpty();

        moveClockTo(SUBMITTED.plusDays(11));
        executeDueJobs();
        assertThat(processEvents.reviewReminders()).containsExactly(APPLICATION_ID + ":anna");
        assertThat(processEvents.overdueReviews()).isEmpty();

        moveClockTo(SUBMITTED.plusDays(20));
        executeDueJobs();
        assertThat(processEvents.reviewReminders()).containsExactly(APPLICATION_ID + ":anna");
        assertThat(processEvents.overdueReviews()).containsExactly(APPLICATION_ID + ":anna");
        assertThat(tasks(application, "Task_ReviewApplication")).as("the review is still awaited")
                .extracting(Task::getAssignee).containsExactly("anna");

        complete(application, "Task_ReviewApplication", Map.of());
        assertThat(application).isWaitingAt("Task_DecideFunding");
    }

    @Test
    void aGrantAboveTheFourEyesLimitWaitsForASecondManagerWhoMaySendItBack() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_DecideFunding");

        complete(application, "Task_DecideFunding", Map.of("granted", true, "needsApproval", true));
        assertThat(application).isWaitingAt("Task_ApproveDecision").isNotWaitingAt("Task_AcceptAgreement");

        complete(application, "Task_ApproveDecision", Map.of("approved", false));
        assertThat(application).as("sent back to be decided again").isWaitingAt("Task_DecideFunding");

        complete(application, "Task_DecideFunding", Map.of("granted", true, "needsApproval", true));
        complete(application, "Task_ApproveDecision", Map.of("approved", true));
        assertThat(application).isWaitingAt("Task_AcceptAgreement");
    }

    @Test
    void rejectedApplicationEndsAfterTheFundingDecision() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_DecideFunding");

        complete(application, "Task_DecideFunding", Map.of("granted", false, "needsApproval", false));

        assertThat(application).hasPassed("EndEvent_Rejected")
                .hasNotPassed("Task_AcceptAgreement").isEnded();
    }

    @Test
    void grantedApplicationClosesOnceItsFinalReportIsApproved() {
        ProcessInstance application = submit("MUNICIPALITY");

        proceedTo(application, "Task_AssessProgressReport");
        complete(application, "Task_AssessProgressReport", approved(1, false));
        assertThat(application).hasPassed("Gateway_MoreReports").hasNotPassed("EndEvent_ApplicationClosed")
                .isWaitingAt("Task_SubmitFinalReport", "Task_ReleaseInstallment");
        complete(application, "Task_ReleaseInstallment", Map.of());
        complete(application, "Task_SubmitFinalReport", REPORT_SUBMITTED);
        completeWithoutJobs(application, "Task_AssessFinalReport", FINAL_APPROVED);
        assertThat(application).as("the closing is a job of its own, after the approval commits")
                .isWaitingAt("Task_CloseProject");
        assertThat(processEvents.completedProjects()).isEmpty();
        executeDueJobs();

        assertThat(application).hasPassedInOrder("Task_ProposeEligibility", "Task_CheckEligibility",
                        "Task_AssignEvaluators", "Task_DeclareConflicts", "Task_ReviewApplication",
                        "Task_DecideFunding", "Task_AcceptAgreement", "Task_SubmitProgressReport",
                        "Task_AssessProgressReport", "Task_SubmitFinalReport", "Task_AssessFinalReport",
                        "Task_CloseProject", "EndEvent_ApplicationClosed")
                .hasPassed("Task_ReleaseInstallment", "EndEvent_InstallmentReleased")
                .hasNotPassed("Task_LapseAward", "Task_RemindProgressReport", "Task_EscalateProgressReport").isEnded();
        assertThat(processEvents.completedProjects()).containsExactly(APPLICATION_ID);
        assertThat(processEvents.expiredAgreements()).isEmpty();
        assertThat(processEvents.reportReminders()).isEmpty();
        assertThat(processEvents.overdueReports()).isEmpty();
    }

    @Test
    void aFinalReportSentBackIsRevisedAndAssessedAgainBeforeTheProjectCloses() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AssessProgressReport");
        complete(application, "Task_AssessProgressReport", Map.of("reportApproved", true, "moreReports", false,
                "reportPeriod", 1, "installmentAwaitsReport", false));

        complete(application, "Task_SubmitFinalReport", REPORT_SUBMITTED);
        Task assessment = tasks(application, "Task_AssessFinalReport").get(0);
        assertThat(engine.getTaskService().getIdentityLinksForTask(assessment.getId()))
                .extracting(link -> link.getUserId() + "/" + link.getGroupId()).as("only the follow-up's assessors")
                .containsExactlyInAnyOrder("bo/null", "cecilia/null");
        complete(application, "Task_AssessFinalReport", Map.of("finalReportApproved", false));
        assertThat(application).hasPassed("Gateway_FinalReportApproved").hasNotPassed("Task_CloseProject")
                .isWaitingAt("Task_SubmitFinalReport");

        complete(application, "Task_SubmitFinalReport", REPORT_SUBMITTED);
        complete(application, "Task_AssessFinalReport", FINAL_APPROVED);
        executeDueJobs();

        assertThat(application).hasPassed("Task_CloseProject", "EndEvent_ApplicationClosed").isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("Task_SubmitFinalReport").count()).as("the final report and its revision").isEqualTo(2);
        assertThat(processEvents.completedProjects()).containsExactly(APPLICATION_ID);
    }

    @Test
    void aClosingThatFailsIsRetriedAndAnInstallmentReleaseStillOpenEndsWithTheProject() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AssessProgressReport");
        complete(application, "Task_AssessProgressReport", approved(1, false));
        complete(application, "Task_SubmitFinalReport", REPORT_SUBMITTED);
        completeWithoutJobs(application, "Task_AssessFinalReport", FINAL_APPROVED);
        processEvents.failClosing(1);

        Job closing = engine.getManagementService().createJobQuery().processInstanceId(application.getId()).singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(closing.getId())).hasMessageContaining("closing failed");
        assertThat(application).as("a failed closing leaves the project open, its job to run again")
                .isWaitingAt("Task_CloseProject", "Task_ReleaseInstallment");
        engine.getManagementService().executeJob(closing.getId());

        assertThat(processEvents.completedProjects()).containsExactly(APPLICATION_ID, APPLICATION_ID);
        assertThat(application).as("the settlement cancelled the unreleased installment: nothing waits for finance")
                .hasPassed("EndEvent_ApplicationClosed").hasNotPassed("EndEvent_InstallmentReleased").isEnded();
    }

    @Test
    void aReportsAssessmentIsOfferedOnlyToTheFollowUpsAssessorsNeverToEveryEvaluator() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AssessProgressReport");

        Task assessment = tasks(application, "Task_AssessProgressReport").get(0);
        assertThat(engine.getTaskService().getIdentityLinksForTask(assessment.getId()))
                .extracting(link -> link.getUserId() + "/" + link.getGroupId())
                .containsExactlyInAnyOrder("bo/null", "cecilia/null");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("EVALUATOR").count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("anna").count())
                .as("a reviewer not named for the follow-up").isZero();
    }

    @Test
    void eachReportingPeriodHasItsReportAndTheApplicationClosesAfterTheLast() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AssessProgressReport");

        complete(application, "Task_AssessProgressReport", approved(1, true));
        assertThat(application).hasPassed("Gateway_MoreReports", "Gateway_ReportWindowOpen")
                .isWaitingAt("Task_SubmitProgressReport");
        assertThat(processEvents.windowsAskedFor()).as("the second report has its own window").containsExactly(1, 2);
        assertThat(engine.getManagementService().createJobQuery().list())
                .extracting(this::activityOf).as("the second report has its own reminder and due date")
                .containsExactlyInAnyOrder("BoundaryEvent_ReportDueSoon", "BoundaryEvent_ProgressReportOverdue");

        complete(application, "Task_SubmitProgressReport", REPORT_SUBMITTED);
        complete(application, "Task_AssessProgressReport", approved(2, false));
        assertThat(application).isWaitingAt("Task_SubmitFinalReport", "Task_ReleaseInstallment");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("Task_SubmitProgressReport").count()).as("reports asked for").isEqualTo(2);
        assertThat(tasks(application, "Task_ReleaseInstallment"))
                .extracting(task -> engine.getTaskService().getVariableLocal(task.getId(), "releasePeriod"))
                .as("finance releases each period's installment, each knowing its own report")
                .containsExactlyInAnyOrder(1, 2);
        complete(application, "Task_ReleaseInstallment", Map.of());
        assertThat(application).as("the final report is still asked for").isWaitingAt("Task_SubmitFinalReport");
    }

    @Test
    void aReportNoInstallmentWaitsForAsksNothingOfFinance() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AssessProgressReport");

        complete(application, "Task_AssessProgressReport", Map.of("reportApproved", true, "moreReports", false,
                "reportPeriod", 1, "installmentAwaitsReport", false));

        assertThat(application).hasNotPassed("Task_ReleaseInstallment").isWaitingAt("Task_SubmitFinalReport");
    }

    @Test
    void aReportSentBackIsRevisedAndAssessedAgainAndHoldsItsInstallmentMeanwhile() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AssessProgressReport");

        complete(application, "Task_AssessProgressReport", SENT_BACK);
        assertThat(application).hasPassed("Gateway_ReportApproved").hasNotPassed("Gateway_MoreReports")
                .isWaitingAt("Task_SubmitProgressReport");
        assertThat(tasks(application, "Task_ReleaseInstallment")).as("the installment is held").isEmpty();
        assertThat(engine.getManagementService().createJobQuery().list())
                .extracting(this::activityOf).as("the revision keeps the period's reminder and due date")
                .containsExactlyInAnyOrder("BoundaryEvent_ReportDueSoon", "BoundaryEvent_ProgressReportOverdue");
        assertThat(processEvents.windowsAskedFor()).as("a revision waits for no new window").containsExactly(1);

        complete(application, "Task_SubmitProgressReport", REPORT_SUBMITTED);
        assertThat(application).isWaitingAt("Task_AssessProgressReport");
        complete(application, "Task_AssessProgressReport", approved(1, false));

        Task release = tasks(application, "Task_ReleaseInstallment").get(0);
        assertThat(engine.getTaskService().getIdentityLinksForTask(release.getId()))
                .extracting(link -> link.getGroupId()).containsExactly("FINANCE");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("Task_AssessProgressReport").count()).as("assessments of the two versions").isEqualTo(2);
    }

    @Test
    void awardLapsesWhenTheAgreementIsNotAcceptedInTime() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AcceptAgreement");

        moveClockTo(SUBMITTED.plusDays(30).minusMinutes(1));
        executeDueJobs();
        assertThat(application).isWaitingAt("Task_AcceptAgreement");

        moveClockTo(SUBMITTED.plusDays(30));
        executeDueJobs();

        assertThat(processEvents.expiredAgreements()).containsExactly(APPLICATION_ID);
        assertThat(application).hasPassed("BoundaryEvent_AgreementExpired", "Task_LapseAward", "EndEvent_AwardLapsed")
                .hasNotPassed("Task_SubmitProgressReport").isEnded();
    }

    @Test
    void acceptingTheAgreementStopsItsExpiry() {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_SubmitProgressReport");

        assertThat(engine.getManagementService().createJobQuery().list())
                .extracting(this::activityOf)
                .containsExactlyInAnyOrder("BoundaryEvent_ReportDueSoon", "BoundaryEvent_ProgressReportOverdue");
    }

    @Test
    void theReportWaitsForItsWindowToOpen() {
        processEvents.planWindow(1, WINDOW_OPENS, WINDOW_OPENS.plus(Duration.ofDays(53)), WINDOW_OPENS.plus(Duration.ofDays(60)));
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AcceptAgreement");
        complete(application, "Task_AcceptAgreement", Map.of());

        assertThat(application).isWaitingAt("TimerEvent_ReportWindowOpens").isNotWaitingAt("Task_SubmitProgressReport");
        Job window = engine.getManagementService().createJobQuery().singleResult();
        assertThat(activityOf(window)).isEqualTo("TimerEvent_ReportWindowOpens");
        assertThat(window.getDuedate()).isEqualTo(Date.from(WINDOW_OPENS));

        moveClockTo(WINDOW_OPENS.minusSeconds(60));
        executeDueJobs();
        assertThat(application).isWaitingAt("TimerEvent_ReportWindowOpens");

        moveClockTo(WINDOW_OPENS);
        executeDueJobs();
        assertThat(application).hasPassed("TimerEvent_ReportWindowOpens").isWaitingAt("Task_SubmitProgressReport");
        assertThat(engine.getRuntimeService().getVariable(application.getId(), "reportWindowPeriod")).isEqualTo(1);
    }

    @Test
    void aWindowAlreadyOpenAsksForTheReportAtOnceWithoutATimer() {
        processEvents.planWindow(1, SUBMITTED.minusDays(1).toInstant(), SUBMITTED.plusDays(53).toInstant(),
                SUBMITTED.plusDays(60).toInstant());
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AcceptAgreement");
        engine.getTaskService().complete(tasks(application, "Task_AcceptAgreement").get(0).getId());

        assertThat(application).isWaitingAt("Task_SubmitProgressReport").hasNotPassed("TimerEvent_ReportWindowOpens");
    }

    @Test
    void anOpenReportRemindsTheCoordinatorOnceAndTellsTheManagersOnceWhenOverdue() {
        processEvents.planWindow(1, WINDOW_OPENS, WINDOW_OPENS.plus(Duration.ofDays(53)), WINDOW_OPENS.plus(Duration.ofDays(60)));
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AcceptAgreement");
        complete(application, "Task_AcceptAgreement", Map.of());
        moveClockTo(WINDOW_OPENS);
        executeDueJobs();

        moveClockTo(WINDOW_OPENS.plus(Duration.ofDays(53)).minusSeconds(60));
        executeDueJobs();
        assertThat(processEvents.reportReminders()).isEmpty();

        moveClockTo(WINDOW_OPENS.plus(Duration.ofDays(53)));
        executeDueJobs();
        assertThat(processEvents.reportReminders()).containsExactly(APPLICATION_ID + ":1");
        assertThat(processEvents.overdueReports()).isEmpty();

        moveClockTo(WINDOW_OPENS.plus(Duration.ofDays(60)));
        executeDueJobs();
        moveClockTo(WINDOW_OPENS.plus(Duration.ofDays(180)));
        executeDueJobs();

        assertThat(processEvents.reportReminders()).as("reminded once").containsExactly(APPLICATION_ID + ":1");
        assertThat(processEvents.overdueReports()).as("managers told once").containsExactly(APPLICATION_ID + ":1");
        assertThat(application).hasPassed("Task_RemindProgressReport", "EndEvent_ReminderSent",
                        "Task_EscalateProgressReport", "EndEvent_ProgressReportEscalated")
                .isWaitingAt("Task_SubmitProgressReport");

        complete(application, "Task_SubmitProgressReport", REPORT_SUBMITTED);
        complete(application, "Task_AssessProgressReport", approved(1, false));
        assertThat(application).isWaitingAt("Task_SubmitFinalReport", "Task_ReleaseInstallment");
    }

    @Test
    void theNextPeriodsReportWaitsForItsOwnWindowAndIsRemindedOfForItsOwnPeriod() {
        Instant secondOpens = WINDOW_OPENS.plus(Duration.ofDays(180));
        processEvents.planWindow(2, secondOpens, secondOpens.plus(Duration.ofDays(53)), secondOpens.plus(Duration.ofDays(60)));
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, "Task_AssessProgressReport");

        complete(application, "Task_AssessProgressReport", approved(1, true));
        assertThat(application).isWaitingAt("TimerEvent_ReportWindowOpens");

        moveClockTo(secondOpens.plus(Duration.ofDays(60)));
        executeDueJobs();
        assertThat(application).isWaitingAt("Task_SubmitProgressReport");
        assertThat(processEvents.reportReminders()).containsExactly(APPLICATION_ID + ":2");
        assertThat(processEvents.overdueReports()).containsExactly(APPLICATION_ID + ":2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Task_CheckEligibility", "Task_DeclareConflicts", "Task_ReviewApplication", "Task_AcceptAgreement",
            "Task_SubmitProgressReport"})
    void withdrawingEndsTheApplicationWhereverItWaits(String waitingAt) {
        ProcessInstance application = submit("MUNICIPALITY");
        proceedTo(application, waitingAt);

        engine.getRuntimeService().createMessageCorrelation("ApplicationWithdrawn")
                .processInstanceBusinessKey(APPLICATION_NUMBER)
                .correlate();

        assertThat(application).hasPassed("StartEvent_WithdrawalRequested", "EndEvent_Withdrawn").isEnded();
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    private ProcessInstance submit(String organisationKind) {
        return engine.getRuntimeService().startProcessInstanceByKey("grant-application", APPLICATION_NUMBER,
                facts(organisationKind));
    }

    /** What submission hands the process: the application's facts and the call's rules. */
    private static org.camunda.bpm.engine.variable.VariableMap facts(String organisationKind) {
        return Variables.createVariables()
                .putValue("applicationId", APPLICATION_ID)
                .putValue("organisationKind", organisationKind)
                .putValue("eligibleKinds", "MUNICIPALITY")
                .putValue("partnerCount", 2)
                .putValue("minPartners", 1)
                .putValue("maxPartners", 5)
                .putValue("coFundingShare", 25.0)
                .putValue("minCoFundingShare", 20.0)
                .putValue("requestedAmount", 1_500_000L)
                .putValue("maxGrant", 2_000_000L)
                .putValue("agreementAcceptancePeriod", "P30D");
    }

    /** Completes the happy path's user tasks, in order, until the application waits at the given one. */
    private void proceedTo(ProcessInstance application, String activityId) {
        for (String taskKey : HAPPY_PATH) {
            if (taskKey.equals(activityId)) {
                assertThat(application).isWaitingAt(activityId);
                return;
            }
            complete(application, taskKey, happyPathAnswer(taskKey));
        }
        throw new IllegalArgumentException("not a user task on the happy path: " + activityId);
    }

    private static Map<String, Object> happyPathAnswer(String taskKey) {
        return switch (taskKey) {
            case "Task_CheckEligibility" -> Map.of("eligible", true);
            case "Task_AssignEvaluators" -> Map.of("evaluators", EVALUATORS,
                    "reviewReminderAt", Date.from(SUBMITTED.plusDays(11).toInstant()),
                    "reviewDueAt", Date.from(SUBMITTED.plusDays(14).toInstant()));
            case "Task_DeclareConflicts" -> Map.of("conflict", false);
            case "Task_DecideFunding" -> Map.of("granted", true, "needsApproval", false);
            case "Task_SubmitProgressReport" -> REPORT_SUBMITTED;
            default -> Map.of();
        };
    }

    /** What the assessment hands the process when the evaluator approves the period's report. */
    private static Map<String, Object> approved(int period, boolean moreReports) {
        return Map.of("reportApproved", true, "moreReports", moreReports, "reportPeriod", period,
                "installmentAwaitsReport", true);
    }

    private void declare(ProcessInstance application, String evaluator, boolean conflict) {
        complete(application, "Task_DeclareConflicts", Map.of("conflict", conflict), evaluator);
    }

    private void complete(ProcessInstance application, String taskKey, Map<String, Object> variables, String assignee) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(application.getId())
                .taskDefinitionKey(taskKey).taskAssignee(assignee).singleResult();
        assertThat(task).as("%s of %s", taskKey, assignee).isNotNull();
        engine.getTaskService().complete(task.getId(), variables);
    }

    /** Completes every open task of that kind (one per evaluator for the reviews). */
    private void complete(ProcessInstance application, String taskKey, Map<String, Object> variables) {
        List<Task> open = tasks(application, taskKey);
        assertThat(open).as("open %s tasks", taskKey).isNotEmpty();
        open.forEach(task -> engine.getTaskService().complete(task.getId(), variables));
        executeDueJobs();
    }

    /** Completes the open task and leaves its asynchronous continuation for the test to run. */
    private void completeWithoutJobs(ProcessInstance application, String taskKey, Map<String, Object> variables) {
        tasks(application, taskKey).forEach(task -> engine.getTaskService().complete(task.getId(), variables));
    }

    private List<Task> tasks(ProcessInstance application, String taskKey) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    private ValueType variableType(ProcessInstance application, String name) {
        return engine.getRuntimeService().getVariableTyped(application.getId(), name).getType();
    }

    private String activityOf(Job job) {
        return engine.getManagementService().createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult()
                .getActivityId();
    }

    private static void moveClockTo(ZonedDateTime time) {
        moveClockTo(time.toInstant());
    }

    private static void moveClockTo(Instant time) {
        ClockUtil.setCurrentTime(Date.from(time));
    }

    /** Runs what the job executor would run now: due timers and the async steps they lead to. */
    private void executeDueJobs() {
        List<Job> due;
        while (!(due = engine.getManagementService().createJobQuery().executable().list()).isEmpty()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }
}
