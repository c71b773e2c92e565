package org.anslag.attachment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;

/** Attaching files to a draft, listing and opening them with the application's own visibility rules. */
@Stateless
public class Attachments {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Attachments.class.getName());
    static final long DEFAULT_MAX_MB = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    AttachmentStore store;
    @Inject
    VirusScan virusScan;
    @EJB
    Applications applications;

    /**
     * Attaches the received file to the coordinator's draft. The same bytes attached again give the
     * attachment already there, so a retried upload adds nothing. The caller closes the upload.
     */
    public Attachment upload(Actor actor, Long applicationId, String fileName, Upload upload) {
        GrantApplication draft = applications.lockedDraftOf(actor, applicationId);
        check(fileName, upload.size());
        FileKind kind = kindOf(fileName, upload);
        virusScan.scan(fileName, upload.file()).ifPresent(finding -> {
            throw new RuleViolation("file", "attachment.infected", finding);
        });
        String checksum = upload.sha256();
        List<Attachment> same = em.createQuery(
                "select a from Attachment a where a.applicationId = :application and a.sha256 = :sha", Attachment.class)
                .setParameter("application", applicationId).setParameter("sha", checksum).getResultList();
        if (!same.isEmpty()) {
            return same.get(0);
        }
        store.put(upload);
        Attachment attachment = new Attachment(applicationId, cleanName(fileName, kind), kind, upload.size(), checksum,
                actor.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        em.persist(attachment);
        audit.record(actor.username(), "ATTACH", "application:" + draft.getNumber(),
                attachment.getFileName() + " sha256=" + checksum);
        return attachment;
    }

    private static FileKind kindOf(String fileName, Upload upload) {
        try {
            return FileKind.of(upload.file()).orElseThrow(() -> new RuleViolation("file", "attachment.wrongType"));
        } catch (OfficePackage.Suspicious bomb) {
            LOG.warning("Refused " + fileName + ": " + bomb.getMessage());
            throw new RuleViolation("file", "attachment.suspiciousPackage", plainName(fileName),
                    OfficePackage.MAX_UNPACKED_BYTES / (1024 * 1024), OfficePackage.MAX_PARTS);
        } catch (java.io.IOException unreadable) {
            throw new RuleViolation("file", "attachment.unreadable");
        }
    }
    public void remove(Actor actor, Long attachmentId) {
        Attachment attachment = find(attachmentId);
        GrantApplication draft = applications.lockedDraftOf(actor, attachment.getApplicationId());
        em.remove(attachment);
        audit.record(actor.username(), "DETACH", "application:" + draft.getNumber(), attachment.getFileName());
    }

    public List<Attachment> of(Actor actor, Long applicationId) {
        applications.view(actor, applicationId);
        return ofApplication(applicationId);
    }

    /** For building the submitted version, after the caller has checked access. */
    public List<Attachment> ofApplication(Long applicationId) {
        return em.createQuery("select a from Attachment a where a.applicationId = :application order by a.uploadedAt, a.id",
                Attachment.class).setParameter("application", applicationId).getResultList();
    }

    /** The attachment if the actor may see its application. */
    public Attachment view(Actor actor, Long attachmentId) {
        Attachment attachment = find(attachmentId);
        applications.view(actor, attachment.getApplicationId());
        return attachment;
    }

    public static long maxBytes() {
        String configured = System.getenv("ANSLAG_MAX_ATTACHMENT_MB");
        long megabytes = configured == null || configured.isBlank() ? DEFAULT_MAX_MB : Long.parseLong(configured.strip());
        return megabytes * 1024 * 1024;
    }

    static void check(String fileName, long size) {
        if (size == 0) {
            throw new RuleViolation("file", "attachment.empty");
        }
        if (size > maxBytes()) {
            throw new RuleViolation("file", "attachment.tooLarge", maxBytes() / (1024 * 1024));
        }
        if (fileName == null || fileName.isBlank()) {
            throw new RuleViolation("file", "attachment.noName");
        }
    }

    /** The name without any path a browser sent, with the extension of what the file really is. */
    static String cleanName(String fileName, FileKind kind) {
        String name = plainName(fileName);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + kind.extension()) ? name : name + "." + kind.extension();
    }

    /** The name without any path a browser sent, at most 200 characters. */
    static String plainName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private Attachment find(Long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFound("attachment " + attachmentId);
        }
        return attachment;
    }
}
