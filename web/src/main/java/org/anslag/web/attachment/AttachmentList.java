package org.anslag.web.attachment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.attachment.Attachment;
import org.anslag.attachment.Attachments;
import org.anslag.web.shared.CurrentUser;

/** An application's attachments for the pages that show them, read once per request. */
@Named
@RequestScoped
public class AttachmentList {

    @EJB
    Attachments attachments;
    @Inject
    CurrentUser currentUser;

    private final Map<Long, List<Attachment>> read = new HashMap<>();

    public List<Attachment> of(Long applicationId) {
        return applicationId == null ? List.of()
                : read.computeIfAbsent(applicationId, id -> attachments.of(currentUser.actor(), id));
    }
}
