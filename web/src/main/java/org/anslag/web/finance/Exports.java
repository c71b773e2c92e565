package org.anslag.web.finance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.anslag.award.Awards;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.call.Programme;

/** The calls finance can export, with what has been granted in each; and the finance workbook of a call or programme. */
@Named
@RequestScoped
public class Exports {

    @EJB
    Calls calls;
    @EJB
    Awards awards;

    private String scope;
    private List<SelectItem> scopes;

    public List<FundingCall> getCalls() {
        return calls.calls();
    }

    public BigDecimal granted(FundingCall call) {
        return call.getBudget().subtract(awards.remainingBudget(call));
    }

    public int decisionCount(FundingCall call) {
        return awards.decisionsOf(call.getId()).size();
    }

    /** Per programme: the whole programme first, then each of its calls; values as the workbook endpoint reads them. */
    public List<SelectItem> getScopes() {
        if (scopes == null) {
            scopes = scopesByProgramme();
        }
        return scopes;
    }

    private List<SelectItem> scopesByProgramme() {
        List<FundingCall> all = calls.calls();
        FacesContext context = FacesContext.getCurrentInstance();
        String whole = context.getApplication().getResourceBundle(context, "msg").getString("workbook.wholeProgramme");
        return calls.programmes().stream().<SelectItem>map(programme -> {
            List<SelectItem> choices = new ArrayList<>();
            choices.add(new SelectItem("programme:" + programme.getId(), whole + " " + programme.getName()));
            all.stream().filter(call -> call.getProgramme().getId().equals(programme.getId()))
                    .forEach(call -> choices.add(new SelectItem("call:" + call.getId(), call.getTitle())));
            return group(programme, choices);
        }).toList();
    }

    private static SelectItemGroup group(Programme programme, List<SelectItem> choices) {
        return new SelectItemGroup(programme.getName(), null, false, choices.toArray(SelectItem[]::new));
    }

    /** The workbook is streamed by the REST endpoint; the browser keeps this page and saves the file. */
    public void download() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/api/finance/workbook.xlsx?scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8));
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
