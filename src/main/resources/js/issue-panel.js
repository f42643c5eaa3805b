/*
 * Client Budgets for Jira: the issue view's Budgets panel (loaded with Jira's jira.view.issue context).
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var rest = cb.rest;
    var clearErrors = cb.clearErrors;
    var showErrors = cb.showErrors;

    /*
     * The issue view loads and refreshes its panels on its own, so the panel's form is handled by delegation on
     * the document rather than bound once.
     */
    function issuePanel() {
        document.addEventListener('submit', function (event) {
            var form = event.target;
            if (!form || form.id !== 'cb-issue-form') { return; }
            event.preventDefault();
            var root = document.getElementById('cb-issue-panel');
            clearErrors(form);
            var value = form.elements.serviceId.value;
            rest(root, 'PUT', '/issues/' + encodeURIComponent(root.getAttribute('data-issue-key')) + '/service',
                {serviceId: value ? parseInt(value, 10) : null}).then(function (reply) {
                if (reply.status === 200) {
                    var service = reply.json.service;
                    var label = form.elements.serviceId.options[form.elements.serviceId.selectedIndex].text;
                    document.getElementById('cb-issue-service').textContent = service ? service.name : label;
                } else {
                    showErrors(form, root, reply);
                }
            });
        });
    }

    if (!cb.issuePanelBound) {
        cb.issuePanelBound = true; // one delegated listener, however often the issue view refreshes its panels
        issuePanel();
    }
}());
