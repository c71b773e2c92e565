package org.anslag.retention;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anslag.application.ApplicationPartner;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;
import org.anslag.attachment.AttachmentStore;
import org.anslag.audit.AuditLog;
import org.anslag.notification.OutboxRetention;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.workflow.PartnerConfirmationProcess;
import org.anslag.workflow.ProcessEngineBootstrap;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The retention rules and their application. A run removes what each rule's period has passed
 * and records the counts; it can run again at any time (a retried job, a second node) and then
 * finds nothing more to remove.
 */
@Stateless
public class Retention {

    static final String RUN_NOW = "retention-run-now";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    OutboxRetention outbox;
    @EJB
    PartnerConfirmationProcess partnerRequests;
    @EJB
    ProcessEngineBootstrap bootstrap;
    @Inject
    AttachmentStore files;
    @Resource
    TransactionSynchronizationRegistry transaction;

    public List<RetentionRule> rules(Actor actor) {
        actor.require(Role.ADMIN);
        return em.createQuery("select r from RetentionRule r", RetentionRule.class).getResultList().stream()
                .sorted(Comparator.comparing(RetentionRule::getRecordKind)).toList();
    }

    public RetentionRule change(Actor actor, RecordKind kind, int keepDays) {
        actor.require(Role.ADMIN);
        RetentionRule rule = rule(kind);
        int before = rule.getKeepDays();
        rule.keepFor(keepDays, actor.username(), clock.instant());
        audit.record(actor.username(), "RETENTION_RULE", "retention:" + kind, before + " -> " + keepDays + " days");
        return rule;
    }

    /** Starts a run now, as its own job of the retention process (so the page does not wait for it). */
    public void runNow(Actor actor) {
        actor.require(Role.ADMIN);
        bootstrap.engine().getRuntimeService().startProcessInstanceByMessage(RUN_NOW, Map.of("startedBy", actor.username()));
        audit.record(actor.username(), "RETENTION_STARTED", "retention", "run started");
    }

    public List<RetentionRun> runs(Actor actor, int count) {
        actor.require(Role.ADMIN);
        return em.createQuery("select r from RetentionRun r order by r.finishedAt desc, r.id desc", RetentionRun.class)
                .setMaxResults(count).getResultList();
    }

    /** Applies every rule as of now; called by the retention process. */
    public RetentionRun apply(String startedBy) {
        Instant now = clock.instant();
        RetentionRun run = new RetentionRun(startedBy, now,
                eraseStaleDrafts(rule(RecordKind.UNSUBMITTED_DRAFT).cutoff(now)),
                outbox.eraseBodiesOlderThan(rule(RecordKind.SENT_MAIL).cutoff(now), now),
                em.createQuery("delete from ReadEntry e where e.readAt < :cutoff")
                        .setParameter("cutoff", rule(RecordKind.READ_LOG).cutoff(now)).executeUpdate(),
                em.createQuery("delete from AuditEntry e where e.occurredAt < :cutoff")
                        .setParameter("cutoff", rule(RecordKind.AUDIT_LOG).cutoff(now)).executeUpdate(),
                keepProcessHistoryFor(rule(RecordKind.PROCESS_HISTORY).getKeepDays()));
        em.persist(run);
        audit.record(startedBy, "RETENTION_RUN", "retention", run.counts());
        return run;
    }

    /** Drafts created before the cutoff and not touched since: content and files go, the number stays. */
    private int eraseStaleDrafts(Instant cutoff) {
        List<GrantApplication> stale = em.createQuery("""
                select a from GrantApplication a where a.status = :draft and a.createdAt < :cutoff
                and not exists (select e from AuditEntry e where e.subject = concat('application:', a.number)
                    and e.occurredAt >= :cutoff)""", GrantApplication.class)
                .setParameter("draft", ApplicationStatus.DRAFT).setParameter("cutoff", cutoff).getResultList();
        Set<String> checksums = new HashSet<>();
        for (GrantApplication draft : stale) {
            for (ApplicationPartner partner : draft.getPartners()) {
                partnerRequests.withdraw(draft.getNumber(), partner.getOrganisation().getId());
            }
            em.createQuery("delete from Answer a where a.applicationId = :id").setParameter("id", draft.getId()).executeUpdate();
            checksums.addAll(em.createQuery("select a.sha256 from Attachment a where a.applicationId = :id", String.class)
                    .setParameter("id", draft.getId()).getResultList());
            em.createQuery("delete from Attachment a where a.applicationId = :id").setParameter("id", draft.getId()).executeUpdate();
            draft.eraseAsStaleDraft();
        }
        discardOnCommit(checksums);
        return stale.size();
    }

    /** A file goes once no attachment holds it any more, and only when the erasure is committed. */
    private void discardOnCommit(Set<String> checksums) {
        if (checksums.isEmpty()) {
            return;
        }
        Set<String> stillUsed = new HashSet<>(em.createQuery("select a.sha256 from Attachment a where a.sha256 in :sums",
                String.class).setParameter("sums", checksums).getResultList());
        Set<String> unused = new HashSet<>(checksums);
        unused.removeAll(stillUsed);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    unused.forEach(files::delete);
                }
            }
        });
    }

    /**
     * Camunda's history cleanup (endTimeBased, in its nightly window) removes finished instances
     * older than their definition's time to live: every definition gets the rule's.
     */
    private int keepProcessHistoryFor(int days) {
        var repository = bootstrap.engine().getRepositoryService();
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        return changed;
    }

    private RetentionRule rule(RecordKind kind) {
        RetentionRule rule = em.find(RetentionRule.class, kind);
        if (rule == null) {
            throw new NotFound("retention rule " + kind);
        }
        return rule;
    }
}
