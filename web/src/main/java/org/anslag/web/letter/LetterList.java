package org.anslag.web.letter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.letter.Letter;
import org.anslag.letter.Letters;
import org.anslag.web.shared.CurrentUser;

/** The decision letters of the application a page shows, read once per request. */
@Named
@RequestScoped
public class LetterList {

    @EJB
    Letters letters;
    @Inject
    CurrentUser currentUser;

    private List<Letter> sent;

    public List<Letter> of(Long applicationId) {
        if (sent == null) {
            sent = letters.of(currentUser.actor(), applicationId);
        }
        return sent;
    }
}
