/*
 * Client Budgets for Jira: an approver's decisions on expenses (the budget page and the Approvals page's expense
 * queue). Needs core.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var rest = cb.rest;

    /**
     * An approver's decisions on expenses (budget page and Approvals page): approve, reject with a reason, unapprove.
     * A decision that went through reloads the page (the figures change); a refusal is told in the row.
     */
    function expenseDecisions(root) {
        function decide(button, action, id, reason) {
            var cell = button.closest('.cb-expense-decisions');
            var result = cell.querySelector('.cb-expense-result');
            var body = {ids: [parseInt(id, 10)]};
            if (reason) { body.reason = reason; }
            cell.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
            rest(root, 'POST', '/expenses/' + action, body).then(function (reply) {
                var failed = reply.status === 200 && reply.json ? reply.json.failed : null;
                if (failed && failed.length === 0) { window.location.reload(); return; }
                cell.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
                var errors = reply.json && reply.json.errors;
                result.textContent = failed ? failed.map(function (f) { return f.message; }).join(' ')
                    : errors ? Object.keys(errors).map(function (k) { return errors[k]; }).join(' ')
                        : root.getAttribute('data-text-failed');
            });
        }
        root.querySelectorAll('.cb-expense-decision').forEach(function (button) {
            button.addEventListener('click', function () {
                decide(button, button.getAttribute('data-action'), button.getAttribute('data-expense-id'), null);
            });
        });
        root.querySelectorAll('.cb-expense-reject-open').forEach(function (button) {
            var form = button.parentNode.querySelector('.cb-expense-reject');
            button.addEventListener('click', function () {
                form.classList.remove('cb-hidden');
                form.elements.reason.focus();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                decide(button, 'reject', form.getAttribute('data-expense-id'), form.elements.reason.value);
            });
        });
    }

    cb.expenseDecisions = expenseDecisions;
}());
