/*
 * Client Budgets for Jira: the admin page's installation check, browser side. Runs one harmless REST request per
 * REST class of the app (the rows of #cb-rest-probes, from admin/RestProbe) and marks each pass or fail; asks the
 * server whether a named customer would get in. Same-origin JSON only; text set with textContent, never as HTML.
 */
(function () {
    'use strict';

    function call(base, method, path, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body) {
            options.headers['Content-Type'] = 'application/json';
            options.body = body;
        }
        return fetch(base + '/rest/client-budgets/1.0' + path, options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                return {status: response.status, json: json};
            });
        });
    }

    function lozenge(cell, passed, text) {
        cell.textContent = '';
        var span = document.createElement('span');
        span.className = 'aui-lozenge ' + (passed ? 'aui-lozenge-success' : 'aui-lozenge-error');
        span.textContent = passed ? text.pass : text.fail;
        cell.appendChild(span);
        if (!passed && text.because) {
            cell.appendChild(document.createTextNode(' ' + text.because));
        }
        cell.parentNode.setAttribute('data-outcome', passed ? 'pass' : 'fail');
    }

    /**
     * A probe passes when it answers the expected status and, for a 404, with the app's own error text: Jersey's
     * bare 404 (a class it never registered) or a 500 (a class it could not build) fail.
     */
    function runProbes(table) {
        var base = table.getAttribute('data-base-url') || '';
        var notFound = table.getAttribute('data-not-found');
        table.querySelectorAll('tr.cb-probe').forEach(function (row) {
            var expected = parseInt(row.getAttribute('data-expected'), 10);
            var cell = row.querySelector('.cb-probe-outcome');
            call(base, row.getAttribute('data-method'), row.getAttribute('data-path'), row.getAttribute('data-body'))
                .then(function (reply) {
                    var passed = reply.status === expected && reply.json !== null
                        && (expected !== 404 || reply.json.message === notFound);
                    lozenge(cell, passed, {pass: table.getAttribute('data-text-pass'), fail: table.getAttribute('data-text-fail'),
                        because: passed ? null : table.getAttribute('data-text-failed-because').replace('{0}', String(reply.status))});
                }, function () {
                    lozenge(cell, false, {pass: '', fail: table.getAttribute('data-text-fail'), because: null});
                });
        });
    }

    function line(list, text) {
        var li = document.createElement('li');
        li.textContent = text;
        list.appendChild(li);
    }

    function checkCustomer(form) {
        var t = function (name) { return form.getAttribute('data-text-' + name); };
        var base = form.getAttribute('data-base-url') || '';
        var list = document.getElementById('cb-check-customer-result');
        var verdict = document.getElementById('cb-check-customer-verdict');
        var error = form.querySelector('.error[data-field="username"]');
        var name = document.getElementById('cb-check-customer-name').value;
        list.textContent = '';
        verdict.textContent = '';
        error.textContent = '';
        call(base, 'GET', '/admin/installation-check/customer?username=' + encodeURIComponent(name)).then(function (reply) {
            if (reply.status === 400 && reply.json && reply.json.errors) {
                error.textContent = reply.json.errors.username || '';
                return;
            }
            if (reply.status !== 200 || !reply.json) {
                verdict.textContent = t('failed') + ' (' + reply.status + ')';
                return;
            }
            var r = reply.json;
            if (!r.found) {
                line(list, t('not-found'));
            } else {
                if (!r.active) {
                    line(list, t('inactive'));
                }
                line(list, r.licensed ? t('licensed') : t('unlicensed'));
                line(list, r.portalPageAdmits ? t('page-yes') : t('page-no'));
                line(list, r.portalRestAdmits ? t('rest-yes') : t('rest-no'));
                line(list, r.budgets.length ? t('budgets').replace('{0}', r.budgets.map(function (b) { return b.name; }).join(', '))
                    : t('no-budgets'));
            }
            verdict.className = 'aui-lozenge ' + (r.admitted ? 'aui-lozenge-success' : 'aui-lozenge-error');
            verdict.textContent = r.admitted ? t('admitted') : t('refused');
            verdict.setAttribute('data-admitted', String(r.admitted));
        }, function () {
            verdict.textContent = t('failed');
        });
    }

    function start() {
        var table = document.getElementById('cb-rest-probes');
        if (table) {
            runProbes(table);
        }
        var form = document.getElementById('cb-check-customer');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                checkCustomer(form);
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
