/*
 * Client Budgets for Jira: the access explainer (budget page, admin page). Needs core and pickers.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var rest = cb.rest;
    var clearErrors = cb.clearErrors;
    var showErrors = cb.showErrors;
    if (cb.explainer) {
        return;
    }

    /** The access explainer (budget page and admin page): each condition of the rule, met or not. */
    function explainer(root, form, budgetId) {
        cb.pickers.user(root, form.elements.userKey); // whom to explain: Jira's user picker
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            var verdict = form.querySelector('.cb-explain-verdict');
            var reasons = form.querySelector('.cb-conditions');
            var id = budgetId || (form.elements.budgetId ? form.elements.budgetId.value.trim() : '');
            rest(root, 'GET', '/access/explain?userKey=' + encodeURIComponent(form.elements.userKey.value.trim())
                + '&budgetId=' + encodeURIComponent(id)).then(function (reply) {
                while (reasons.firstChild) { reasons.removeChild(reasons.firstChild); }
                verdict.textContent = '';
                if (reply.status !== 200) { showErrors(form, root, reply); return; }
                verdict.textContent = verdict.getAttribute(reply.json.visible ? 'data-yes' : 'data-no');
                reply.json.conditions.forEach(function (c, i) {
                    var li = document.createElement('li');
                    li.className = c.met ? 'cb-met' : 'cb-unmet';
                    li.textContent = reply.json.reasons[i];
                    reasons.appendChild(li);
                });
            });
        });
    }

    cb.explainer = explainer;
}());
