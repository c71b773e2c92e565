package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.anslag.call.Calls;
import org.anslag.call.Countdown;
import org.anslag.call.FundingCall;
import org.anslag.web.shared.Feedback;

/** The calls open right now, for everyone, signed in or not. */
@Named
@RequestScoped
public class OpenCalls {

    @EJB
    Calls calls;
    @Inject
    Clock clock;
    @Inject
    org.anslag.web.shared.Formats format;
    @Inject
    org.anslag.web.shared.LanguageSelection language;

    private List<FundingCall> open;

    /** "12 dagar och 3 timmar kvar", or hours and minutes on the last day; "Öppnar …" before it opens. */
    public String timeLeft(FundingCall call) {
        if (clock.instant().isBefore(call.getOpensAt())) {
            return Feedback.text("call.opensLater", format.dateTime(call.getOpensAt()));
        }
        Countdown left = Countdown.until(call.getClosesAt(), clock.instant());
        if (left.isOver()) {
            return Feedback.text("countdown.closed");
        }
        return left.days() > 0 ? Feedback.text("countdown.days", left.days(), left.hours())
                : Feedback.text("countdown.hours", left.hours(), left.minutes());
    }

    public String title(FundingCall call) {
        return call.titleIn(language.getLocale());
    }

    public String description(FundingCall call) {
        return call.descriptionIn(language.getLocale());
    }

    /** "Krav: 1–5 partnerkommuner, minst 20 % egen medfinansiering." */
    public String rules(FundingCall call) {
        return Feedback.text("call.rulesSummary", call.getMinPartners(), call.getMaxPartners(),
                call.getMinCoFundingShare().doubleValue());
    }

    public boolean isOpen(FundingCall call) {
        return call.isOpenAt(clock.instant());
    }

    public List<FundingCall> getCalls() {
        if (open == null) {
            open = calls.publishedCalls();
        }
        return open;
    }
}
