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

    private List<FundingCall> open;

    /** "12 dagar och 3 timmar kvar", or hours and minutes on the last day. */
    public String timeLeft(FundingCall call) {
        Countdown left = Countdown.until(call.getClosesAt(), clock.instant());
        if (left.isOver()) {
            return Feedback.text("countdown.closed");
        }
        return left.days() > 0 ? Feedback.text("countdown.days", left.days(), left.hours())
                : Feedback.text("countdown.hours", left.hours(), left.minutes());
    }

    public List<FundingCall> getCalls() {
        if (open == null) {
            open = calls.openCalls();
        }
        return open;
    }
}
