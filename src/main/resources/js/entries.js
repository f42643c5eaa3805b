/*
 * Client Budgets for Jira: reviewer decisions on time entries and one entry's tools (Approvals page and the
 * budget page's time). Needs core.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;
    var rest = cb.rest;
    var clearErrors = cb.clearErrors;
    var showErrors = cb.showErrors;
    var openDialog = cb.openDialog;
    var closeDialog = cb.closeDialog;
    if (cb.entryDecisions) {
        return;
    }

    /** Reviewer decisions on entries (bulk or one): each entry's row shows its outcome. */
    function entryDecisions(root, onChange) {
        var results = document.getElementById('cb-approval-results');
        function rowOf(id) {
            return document.getElementById('cb-entry-' + id);
        }
        /** Marks each entry with its outcome; the succeeded are done and leave the selection. */
        function show(reply, succeededField, doneKey) {
            if (reply.status !== 200 || !reply.json) {
                var errors = reply.json && reply.json.errors;
                results.className = 'cb-results aui-message aui-message-error';
                results.textContent = errors ? Object.keys(errors).map(function (k) { return errors[k]; }).join(' ')
                    : root.getAttribute('data-text-failed') + ' (' + reply.status + ')';
                return;
            }
            var ok = reply.json[succeededField] || [];
            var failed = reply.json.failed || [];
            ok.forEach(function (id) {
                var row = rowOf(id);
                if (!row) { return; }
                row.classList.add('cb-done');
                row.classList.remove('cb-failed');
                var box = row.querySelector('input.cb-select-entry');
                if (box) { box.checked = false; box.disabled = true; }
                row.querySelectorAll('.cb-entry-action').forEach(function (b) { b.disabled = true; });
                var result = row.querySelector('.cb-entry-result');
                result.className = 'cb-entry-result cb-ok';
                result.textContent = root.getAttribute(doneKey);
                var status = row.querySelector('.cb-status');
                if (status) {
                    var now = doneKey === 'data-text-done-rejected' ? 'rejected'
                        : doneKey === 'data-text-done-unapproved' ? 'pending' : 'approved';
                    status.textContent = root.getAttribute('data-text-status-' + now);
                    status.className = 'aui-lozenge cb-status aui-lozenge-'
                        + {rejected: 'error', pending: 'current', approved: 'success'}[now];
                }
                var revision = row.querySelector('.cb-revision');
                if (revision && doneKey !== 'data-text-done-unapproved') { revision.parentNode.removeChild(revision); }
            });
            failed.forEach(function (f) {
                var row = rowOf(f.id);
                if (!row) { return; }
                row.classList.add('cb-failed');
                var result = row.querySelector('.cb-entry-result');
                result.className = 'cb-entry-result cb-error';
                result.textContent = f.message || f.reason;
            });
            results.className = 'cb-results aui-message ' + (failed.length ? 'aui-message-warning' : 'aui-message-success');
            results.textContent = root.getAttribute('data-text-summary')
                .replace('{0}', String(ok.length)).replace('{1}', String(failed.length));
            onChange();
        }

        function decide(action, ids, reason, succeededField, doneKey) {
            var body = {ids: ids};
            if (reason !== undefined) { body.reason = reason; }
            return rest(root, 'POST', '/time-entries/' + action, body).then(function (reply) {
                show(reply, succeededField, doneKey);
                return reply;
            });
        }

        return decide;
    }

    /** One entry's tools: decisions on a change or unapprove, a PM's corrections (dialog), its history. */
    function entryTools(root, decide) {
        var lastFocus = null;
        var editDialog = document.getElementById('cb-edit-dialog');
        var editForm = document.getElementById('cb-edit-form');
        var editing = null;
        function closeEdit() {
            closeDialog(editDialog);
            if (lastFocus) { lastFocus.focus(); }
        }
        document.getElementById('cb-edit-cancel').addEventListener('click', closeEdit);
        editDialog.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') { event.preventDefault(); closeEdit(); }
        });
        editForm.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(editForm);
            var body = {
                serviceId: editForm.elements.serviceId.value ? parseInt(editForm.elements.serviceId.value, 10) : null,
                billable: editForm.elements.billable.checked,
                clientNote: editForm.elements.clientNote.value.trim()
            };
            rest(root, 'PUT', '/time-entries/' + editing.getAttribute('data-entry-id'), body).then(function (reply) {
                if (reply.status !== 200) { showErrors(editForm, root, reply); return; }
                var e = reply.json;
                editing.setAttribute('data-service-id', e.serviceId === null ? '0' : String(e.serviceId));
                editing.setAttribute('data-billable', String(e.billable));
                editing.setAttribute('data-client-note', e.clientNote || '');
                var option = editForm.elements.serviceId.querySelector('option[value="' + e.serviceId + '"]');
                editing.querySelector('.cb-entry-service').textContent = option ? option.textContent : '';
                editing.querySelector('.cb-entry-billable').textContent =
                    root.getAttribute(e.billable ? 'data-text-yes' : 'data-text-no');
                editing.querySelector('.cb-client-note').textContent = e.clientNote
                    ? root.getAttribute('data-text-client-note').replace('{0}', e.clientNote) : '';
                var result = editing.querySelector('.cb-entry-result');
                result.className = 'cb-entry-result cb-ok';
                result.textContent = root.getAttribute('data-text-saved');
                closeEdit();
            });
        });

        root.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button') : null;
            if (!button || !root.contains(button)) { return; }
            var row = button.closest('tr.cb-entry');
            if (!row) { return; }
            var id = parseInt(row.getAttribute('data-entry-id'), 10);
            if (button.classList.contains('cb-entry-action')) {
                var action = button.getAttribute('data-action');
                var field = {'approve-revision': 'approved', 'discard-revision': 'discarded', 'unapprove': 'unapproved'}[action];
                var done = {'approve-revision': 'data-text-done-approved', 'discard-revision': 'data-text-done-discarded',
                    'unapprove': 'data-text-done-unapproved'}[action];
                decide(action, [id], undefined, field, done);
            } else if (button.classList.contains('cb-entry-edit')) {
                editing = row;
                lastFocus = button;
                clearErrors(editForm);
                var select = editForm.elements.serviceId;
                select.innerHTML = '';
                row.closest('.cb-entry-scope').querySelectorAll('select.cb-group-services option')
                    .forEach(function (o) { select.appendChild(o.cloneNode(true)); });
                select.value = row.getAttribute('data-service-id');
                editForm.elements.billable.checked = row.getAttribute('data-billable') === 'true';
                editForm.elements.clientNote.value = row.getAttribute('data-client-note');
                openDialog(editDialog, select);
            } else if (button.classList.contains('cb-entry-history')) {
                toggleHistory(row, button, id);
            }
        });

        function toggleHistory(row, button, id) {
            var next = row.nextElementSibling;
            if (next && next.classList.contains('cb-history-row')) {
                next.parentNode.removeChild(next);
                button.setAttribute('aria-expanded', 'false');
                return;
            }
            // the same sentences as the budget's history, rendered (and escaped) by the server in the reader's language
            var base = root.getAttribute('data-base-url') || '';
            fetch(base + '/plugins/servlet/client-budgets/entry-history/' + id,
                {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
                .then(function (response) {
                    return response.text().then(function (html) { return {status: response.status, html: html}; });
                }, function () { return {status: 0, html: ''}; })
                .then(function (reply) {
                    var tr = document.createElement('tr');
                    tr.className = 'cb-history-row';
                    var td = document.createElement('td');
                    td.colSpan = row.children.length;
                    tr.appendChild(td);
                    if (reply.status !== 200) {
                        td.textContent = root.getAttribute('data-text-failed') + ' (' + reply.status + ')';
                    } else {
                        td.innerHTML = reply.html;
                    }
                    row.parentNode.insertBefore(tr, row.nextSibling);
                    button.setAttribute('aria-expanded', 'true');
                });
        }
    }

    cb.entryDecisions = entryDecisions;
    cb.entryTools = entryTools;
}());
