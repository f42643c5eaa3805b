package io.github.clientbudgets.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.forecast.ForecastService;
import io.github.clientbudgets.portal.ClientSummary;
import io.github.clientbudgets.portal.ClientPeriods;
import io.github.clientbudgets.portal.CsvDownload;
import io.github.clientbudgets.portal.Portal;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.portal.TimeFilter;
import io.github.clientbudgets.rest.json.ClientBudgetJson;
import io.github.clientbudgets.rest.json.ClientExpenseJson;
import io.github.clientbudgets.rest.json.ClientSummaryJson;
import io.github.clientbudgets.rest.json.ClientTimeJson;
import io.github.clientbudgets.rest.json.PeriodJson;
import io.github.clientbudgets.rest.json.PeriodJsonMapper;
import io.github.clientbudgets.rest.json.PortalJsonMapper;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * The client portal's REST ({@code /portal/...}). Portal-only JSM customers are unlicensed: since Jira 10
 * an unannotated resource serves licensed users only, and {@code @UnlicensedSiteAccess} admits them only where the
 * site enables "limited unlicensed access" (off by default). Hence {@code @UnrestrictedAccess}, and every method
 * checks the caller first itself ({@link Caller#require}: anonymous 401) and then everything else through
 * {@link PortalService} (not visible 404, never 403). Read-only: GETs only, so there is nothing for XSRF to protect.
 */
@Path("/portal")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class PortalResource {
    private final PortalService portal;
    private final Permissions permissions;
    private final I18nText text;
    private final PortalJsonMapper json;
    private final ForecastService forecasts;
    private final ClientPeriods periods;

    @Inject
    public PortalResource(PortalService portal, Permissions permissions, I18nText text, PortalJsonMapper json,
                          ForecastService forecasts, ClientPeriods periods) {
        this.forecasts = forecasts;
        this.periods = periods;
        this.portal = portal;
        this.permissions = permissions;
        this.text = text;
        this.json = json;
    }

    @GET
    @Path("budgets")
    public List<ClientBudgetJson> budgets() {
        String caller = Caller.require(permissions);
        return portal.myBudgets(caller).stream().map(json::budget).toList();
    }

    @GET
    @Path("budgets/{id}")
    public ClientSummaryJson budget(@PathParam("id") String id) {
        Portal p = portal.open(Caller.require(permissions), Ids.orNotFound(id, Ids.BUDGET_DIGITS));
        ClientSummary summary = portal.summary(p);
        return json.summary(summary, forecasts.forClient(p.budget(), summary.usedSeconds()).orElse(null));
    }

    @GET
    @Path("budgets/{id}/time")
    public ClientTimeJson time(@PathParam("id") String id, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("serviceId") String serviceId,
                                    @QueryParam("start") String start, @QueryParam("limit") String limit) {
        Portal p = portal.open(Caller.require(permissions), Ids.orNotFound(id, Ids.BUDGET_DIGITS));
        TimeFilter filter = TimeFilter.parse(from, to, serviceId, start, limit);
        return json.time(portal.time(p, filter), p.view().comments(), p.view().personNames());
    }

    /** A retainer's periods (approved figures only); {@code []} for other budgets; not visible: 404. */
    @GET
    @Path("budgets/{id}/periods")
    public List<PeriodJson> periods(@PathParam("id") String id) {
        Portal p = portal.open(Caller.require(permissions), Ids.orNotFound(id, Ids.BUDGET_DIGITS));
        return PeriodJsonMapper.periods(periods.periods(p), periods.today());
    }

    @GET
    @Path("budgets/{id}/expenses")
    public List<ClientExpenseJson> expenses(@PathParam("id") String id) {
        Portal p = portal.open(Caller.require(permissions), Ids.orNotFound(id, Ids.BUDGET_DIGITS));
        return json.expenses(portal.expenses(p));
    }

    @GET
    @Path("budgets/{id}/time.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("serviceId") String serviceId) {
        Portal p = portal.open(Caller.require(permissions), Ids.orNotFound(id, Ids.BUDGET_DIGITS));
        TimeFilter filter = TimeFilter.parse(from, to, serviceId, null, null);
        // a bad filter fails here, before streaming starts, so it is still a 400
        return download(portal.csv(p, filter, text::get));
    }

    /** A retainer's periods as CSV, one row per period (a header only for other budgets); not visible: 404. */
    @GET
    @Path("budgets/{id}/periods.csv")
    @Produces("text/csv")
    public Response periodsCsv(@PathParam("id") String id) {
        Portal p = portal.open(Caller.require(permissions), Ids.orNotFound(id, Ids.BUDGET_DIGITS));
        return download(periods.csv(p, text::get));
    }

    private static Response download(CsvDownload download) {
        Response.ResponseBuilder response = Response.ok((StreamingOutput) download::writeTo, CsvDownload.CONTENT_TYPE);
        download.headers().forEach(response::header);
        return response.build();
    }
}
