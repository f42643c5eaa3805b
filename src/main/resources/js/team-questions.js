/*
 * Client Budgets for Jira: the team closes a client's question on the budget page, confirming the entry or marking it
 * corrected, with an answer the client reads. JSON to the app's REST; a refusal is shown next to the answer; a
 * question closed reloads the page. Needs core.
 */
(function () {
    'use strict';
    var cb = window.ClientBudgets;

    function start() {
        var section = document.getElementById('cb-team-questions');
        if (!section) { return; }
        var root = document.querySelector('[data-base-url]') || section;
        section.querySelectorAll('.cb-question-answer').forEach(function (form) {
            form.addEventListener('submit', function (event) { event.preventDefault(); });
            form.querySelectorAll('.cb-question-close').forEach(function (button) {
                button.addEventListener('click', function () {
                    cb.clearErrors(form);
                    var buttons = form.querySelectorAll('button');
                    buttons.forEach(function (b) { b.disabled = true; });
                    cb.rest(root, 'POST', '/questions/' + form.getAttribute('data-question-id') + '/'
                        + button.getAttribute('data-action'), {answer: form.elements.answer.value}).then(function (reply) {
                        buttons.forEach(function (b) { b.disabled = false; });
                        if (reply.status === 200) {
                            window.location.reload();
                        } else {
                            cb.showErrors(form, section, reply);
                        }
                    });
                });
            });
        });
    }

    cb.onReady(start);
}());
