/*
 * Client Budgets for Jira: a budget's alert settings in the budget page's sidebar (web-resource "alerts", context
 * clientbudgets.page.budget). Reads GET /budgets/{id}/alerts; a PM saves with PUT as JSON. Thresholds are typed as
 * "80, 100"; what is no whole number goes to the server as written, so the server's rule answers it on its field.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;

    function parseThresholds(text) {
        return text.split(/[,;\s]+/).filter(function (t) { return t !== ''; }).map(function (t) {
            return /^\d{1,9}$/.test(t) ? parseInt(t, 10) : t;
        });
    }

    function format(template, values) {
        return template.replace(/\{(\d)\}/g, function (all, i) { return values[parseInt(i, 10)]; });
    }

    function alerts(root, section) {
        var path = '/budgets/' + section.getAttribute('data-budget-id') + '/alerts';
        var form = document.getElementById('cb-alerts-form');
        var summary = document.getElementById('cb-alerts-summary');

        function show(settings) {
            var list = settings.thresholds.map(function (t) { return t + ' %'; }).join(', ');
            if (form) {
                form.elements.thresholds.value = settings.thresholds.join(', ');
                form.elements.notifyClient.checked = settings.notifyClient;
            }
            if (summary) {
                summary.textContent = format(section.getAttribute('data-text-readonly'), [list,
                    section.getAttribute(settings.notifyClient ? 'data-text-on' : 'data-text-off')]);
            }
        }

        cb.rest(root, 'GET', path).then(function (reply) {
            if (reply.status === 200 && reply.json) {
                show(reply.json);
            }
        });
        if (form) {
            var status = document.getElementById('cb-alerts-status');
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                cb.clearErrors(form);
                status.textContent = '';
                cb.rest(root, 'PUT', path, {
                    thresholds: parseThresholds(form.elements.thresholds.value),
                    notifyClient: form.elements.notifyClient.checked
                }).then(function (reply) {
                    if (reply.status === 200 && reply.json) {
                        show(reply.json);
                        status.textContent = section.getAttribute('data-text-saved');
                    } else {
                        cb.showErrors(form, root, reply);
                    }
                });
            });
        }
    }

    cb.onReady(function () {
        var root = document.getElementById('cb-budget');
        var section = document.getElementById('cb-alerts');
        if (root && section) {
            alerts(root, section);
        }
    });
}());
