/*
 * Client Budgets for Jira: a budget's page (services, expenses, toggles, grants, explainer, locks, time).
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var rest = cb.rest;
    var showErrors = cb.showErrors;
    var bindForm = cb.bindForm;
    var reveal = cb.reveal;
    var entryDecisions = cb.entryDecisions;
    var entryTools = cb.entryTools;
    var grants = cb.grants;
    var explainer = cb.explainer;

    function budgetPage(root) {
        var reload = function () { window.location.reload(); };
        var budgetForm = document.getElementById('cb-budget-form');
        if (budgetForm) {
            reveal('cb-edit-budget', budgetForm);
            cb.pickers.user(root, budgetForm.elements.ownerKey);
            bindForm(root, budgetForm, reload);
        }
        var serviceForm = document.getElementById('cb-service-form');
        if (serviceForm) {
            var createUrl = serviceForm.getAttribute('data-url');
            reveal('cb-new-service', serviceForm);
            document.getElementById('cb-new-service').addEventListener('click', function () {
                serviceForm.setAttribute('data-method', 'POST');
                serviceForm.setAttribute('data-url', createUrl);
                serviceForm.reset();
                serviceForm.elements.version.value = ''; // hidden: reset() keeps it
            });
            bindForm(root, serviceForm, reload);
            root.querySelectorAll('.cb-edit-service').forEach(function (button) {
                button.addEventListener('click', function () {
                    var row = button.closest('tr');
                    serviceForm.setAttribute('data-method', 'PUT');
                    serviceForm.setAttribute('data-url', '/services/' + row.getAttribute('data-service-id'));
                    serviceForm.elements.name.value = row.getAttribute('data-name');
                    serviceForm.elements.billing.value = row.getAttribute('data-billing');
                    serviceForm.elements.rate.value = row.getAttribute('data-rate');
                    serviceForm.elements.costRate.value = row.getAttribute('data-cost-rate');
                    serviceForm.elements.budgetedHours.value = row.getAttribute('data-budgeted-hours');
                    serviceForm.elements.isDefault.checked = row.getAttribute('data-default') === 'true';
                    serviceForm.elements.version.value = row.getAttribute('data-version');
                    serviceForm.classList.remove('cb-hidden');
                });
            });
            root.querySelectorAll('.cb-delete-service').forEach(function (button) {
                button.addEventListener('click', function () {
                    var id = button.closest('tr').getAttribute('data-service-id');
                    rest(root, 'DELETE', '/services/' + id).then(function (reply) {
                        if (reply.status === 204) { reload(); } else { showErrors(serviceForm, root, reply); }
                    });
                });
            });
        }
        var expenseForm = document.getElementById('cb-expense-form');
        if (expenseForm) {
            reveal('cb-new-expense', expenseForm);
            bindForm(root, expenseForm, reload);
            root.querySelectorAll('.cb-delete-expense').forEach(function (button) {
                button.addEventListener('click', function () {
                    var id = button.closest('tr').getAttribute('data-expense-id');
                    rest(root, 'DELETE', '/expenses/' + id).then(function (reply) {
                        if (reply.status === 204) { reload(); } else { showErrors(expenseForm, root, reply); }
                    });
                });
            });
        }
        root.querySelectorAll('.cb-toggle').forEach(function (toggle) {
            toggle.addEventListener('change', function () {
                var on = toggle.checked;
                if (toggle.id === 'cb-approval' && on && root.getAttribute('data-has-time') === 'true'
                    && !window.confirm(root.getAttribute('data-text-approval-on'))) {
                    toggle.checked = false;
                    return;
                }
                var body = {};
                body[toggle.getAttribute('data-key')] = on;
                rest(root, 'PUT', toggle.getAttribute('data-url'), body).then(function (reply) {
                    if (reply.status === 200) { reload(); } else {
                        toggle.checked = !on;
                        window.alert(root.getAttribute('data-text-failed') + ' (' + reply.status + ')');
                    }
                });
            });
        });
        var del = document.getElementById('cb-delete-budget');
        if (del) {
            del.addEventListener('click', function () {
                if (!window.confirm(root.getAttribute('data-text-delete-confirm'))) { return; }
                var path = '/budgets/' + root.getAttribute('data-budget-id');
                var done = function (reply) {
                    if (reply.status === 204) {
                        window.location.href = root.getAttribute('data-base-url')
                            + '/plugins/servlet/client-budgets/project/'
                            + encodeURIComponent(root.getAttribute('data-project-key'));
                    } else if (reply.status === 409) {
                        if (window.confirm(root.getAttribute('data-text-delete-time'))) {
                            rest(root, 'DELETE', path + '?confirm=true').then(done);
                        }
                    } else {
                        window.alert(root.getAttribute('data-text-failed') + ' (' + reply.status + ')');
                    }
                };
                rest(root, 'DELETE', path).then(done);
            });
        }
    }

    /** The budget page's period locks (approvers). */
    function lockControls(root) {
        var form = document.getElementById('cb-lock-form');
        var path = '/budgets/' + root.getAttribute('data-budget-id') + '/locks/';
        var fail = function (reply) {
            var error = document.getElementById('cb-lock-error');
            var errors = reply.json && reply.json.errors;
            var message = errors ? Object.keys(errors).map(function (k) { return errors[k]; }).join(' ')
                : root.getAttribute('data-text-failed') + ' (' + reply.status + ')';
            if (error) { error.textContent = message; } else { window.alert(message); }
        };
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                rest(root, 'PUT', path + form.elements.month.value).then(function (reply) {
                    if (reply.status === 204) { window.location.reload(); } else { fail(reply); }
                });
            });
        }
        root.querySelectorAll('.cb-unlock').forEach(function (button) {
            button.addEventListener('click', function () {
                rest(root, 'DELETE', path + button.getAttribute('data-month')).then(function (reply) {
                    if (reply.status === 204) { window.location.reload(); } else { fail(reply); }
                });
            });
        });
    }

    cb.onReady(function () {
        var budget = document.getElementById('cb-budget');
        if (budget) {
            budgetPage(budget);
            grants(budget);
            var explain = document.getElementById('cb-explain-form');
            if (explain) { explainer(budget, explain, explain.getAttribute('data-budget-id')); }
            lockControls(budget);
            cb.expenseDecisions(budget);
            if (document.getElementById('cb-budget-time')) {
                entryTools(budget, entryDecisions(budget, function () {}));
            }
        }
    });
}());
