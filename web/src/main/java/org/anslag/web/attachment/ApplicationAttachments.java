package org.anslag.web.attachment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.anslag.attachment.Attachment;
import org.anslag.attachment.AttachmentStore;
import org.anslag.attachment.Attachments;
import org.anslag.attachment.Upload;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.Feedback;

/** The files of an application: the coordinator attaches and removes them while it is a draft. */
@Named
@ViewScoped
public class ApplicationAttachments extends org.anslag.web.shared.DraftPart {

    private static final long serialVersionUID = 1L;

    @EJB
    Attachments attachments;
    @Inject
    org.anslag.web.attachment.AttachmentList attachmentList;
    @Inject
    AttachmentStore store;

    private transient Part file;

    public void load() {
        getApplication();
    }

    /**
     * The name of the file the user chose, from the request: JSF hands an empty file over as no
     * file at all, yet an empty file deserves its own message.
     */
    private static String chosenFileName() {
        try {
            Part chosen = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                    .getPart("attach:file");
            return chosen == null || chosen.getSubmittedFileName() == null ? "" : chosen.getSubmittedFileName();
        } catch (IOException | ServletException unreadable) {
            return "";
        }
    }

    public String upload() {
        try {
            if (file == null || file.getSize() == 0) {
                throw new RuleViolation("file", chosenFileName().isBlank() ? "attachment.noFile" : "attachment.empty");
            }
            if (file.getSize() > Attachments.maxBytes()) {
                throw new RuleViolation("file", "attachment.tooLarge", Attachments.maxBytes() / (1024 * 1024));
            }
            Attachment attached;
            try (InputStream in = file.getInputStream();
                 Upload upload = store.receive(in, Attachments.maxBytes())) {
                attached = attachments.upload(currentUser.actor(), applicationId(), file.getSubmittedFileName(), upload);
            }
            Feedback.info("attachment.added", attached.getFileName());
            return "/application/attachments.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("attach", violation);
            return null;
        } catch (IOException unreadable) {
            Feedback.show("attach", new RuleViolation("file", "attachment.unreadable"));
            return null;
        } finally {
            discardPart();
        }
    }

    /** The container's copy of the posted file goes as soon as the store has its own. */
    private void discardPart() {
        if (file != null) {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes it with the request anyway
            }
            file = null;
        }
    }

    public String remove(Long attachmentId) {
        try {
            attachments.remove(currentUser.actor(), attachmentId);
            return "/application/attachments.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("attachments", violation);
            return null;
        }
    }



    public List<Attachment> getFiles() {
        return attachmentList.of(applicationId());
    }

    public String getHint() {
        return Feedback.text("attachment.hint", Attachments.maxBytes() / (1024 * 1024));
    }

    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : Math.max(1, bytes / 1024) + " kB";
    }



    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
