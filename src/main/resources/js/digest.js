/*
 * Client Budgets for Jira: the client digest setting in a budget's sidebar (web-resource "digest"). Reads the
 * budget's setting (GET /budgets/{id}/digest) into the select and saves it (PUT, JSON), showing a field's error next
 * to it. Texts come from the template's data-text-* attributes; nothing is set as HTML.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;

    function digest(root, form) {
        var select = form.elements.frequency;
        var result = document.getElementById('cb-digest-result');
        cb.rest(root, 'GET', form.getAttribute('data-url')).then(function (reply) {
            if (reply.status === 200 && reply.json && reply.json.frequency) {
                select.value = reply.json.frequency;
                form.setAttribute('data-loaded', 'true');
            }
        });
        cb.bindForm(root, form, function (saved) {
            select.value = saved.frequency;
            result.textContent = form.getAttribute('data-text-saved');
        });
        select.addEventListener('change', function () { result.textContent = ''; });
    }

    cb.onReady(function () {
        var root = document.getElementById('cb-budget');
        var form = document.getElementById('cb-digest-form');
        if (root && form) {
            digest(root, form);
        }
    });
}());
