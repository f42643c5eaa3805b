/*
 * Client Budgets for Jira: the project's Budgets page (web-panel of the project-centric view).
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var bindForm = cb.bindForm;
    var reveal = cb.reveal;
    var grants = cb.grants;

    function projectPage(root) {
        var form = document.getElementById('cb-budget-form');
        if (!form) { return; }
        reveal('cb-new-budget', form);
        cb.pickers.user(root, form.elements.ownerKey);
        bindForm(root, form, function (budget) {
            window.location.href = root.getAttribute('data-base-url') + '/plugins/servlet/client-budgets/budget/' + budget.id;
        });
    }

    cb.onReady(function () {
        var project = document.getElementById('cb-project-budgets');
        if (project) { projectPage(project); grants(project); }
    });
}());
