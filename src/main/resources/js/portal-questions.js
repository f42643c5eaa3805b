/*
 * Client Budgets for Jira: a client questions an entry of the portal's Time tab. The entry's "Question" button opens
 * the form; the question goes to the app's REST as JSON (Jira's XSRF check admits that from this origin only) and
 * the page reloads to show its state. Needs core.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;

    function start() {
        var dialog = document.getElementById('cb-question-dialog');
        var form = document.getElementById('cb-question-form');
        if (!dialog || !form) { return; }
        var message = document.getElementById('cb-question-message');
        var entryId = document.getElementById('cb-question-entry-id');
        var entry = document.getElementById('cb-question-entry');
        var status = document.getElementById('cb-question-status');
        document.querySelectorAll('.cb-question-open').forEach(function (button) {
            button.addEventListener('click', function () {
                cb.clearErrors(form);
                entryId.value = button.getAttribute('data-entry-id');
                entry.textContent = button.getAttribute('data-entry');
                cb.openDialog(dialog, message);
            });
        });
        document.getElementById('cb-question-cancel').addEventListener('click', function () {
            cb.clearErrors(form);
            cb.closeDialog(dialog);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            cb.clearErrors(form);
            var send = document.getElementById('cb-question-send');
            send.disabled = true; // a double click sends once (and the server keeps one question anyway)
            cb.rest(form, 'POST', '/portal/budgets/' + form.getAttribute('data-budget-id') + '/questions',
                {entryId: parseInt(entryId.value, 10), message: message.value}).then(function (reply) {
                send.disabled = false;
                if (reply.status === 200 || reply.status === 201) {
                    status.textContent = form.getAttribute('data-text-sent');
                    cb.closeDialog(dialog);
                    window.location.reload();
                } else {
                    cb.showErrors(form, form, reply);
                }
            });
        });
    }

    cb.onReady(start);
}());
