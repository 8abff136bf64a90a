/*
 * The session's countdown (issue 18). The server says when the session ends if nothing more is done
 * and its own time then; the page counts from that, never from the browser's clock. Two minutes
 * before the end a dialog warns (WCAG 2.2 SC 2.2.1) and, for an end by inactivity, offers to stay
 * signed in; pressing Escape stays signed in too. Typing or clicking tells the server the person is
 * still there (at most once a minute), so a long piece of writing is never lost to the idle limit.
 * At the end the page signs itself out through the sign-out form, naming the reason.
 */
(function () {
    'use strict';
    var box = document.getElementById('session-timeout');
    var dialog = document.getElementById('session-warning');
    if (!box || !dialog) {
        return;
    }
    var text = document.getElementById('session-warning-text');
    var stay = document.getElementById('stay-signed-in');
    var carryOn = document.getElementById('carry-on');
    var signOutForm = document.getElementById('session-sign-out');
    var reasonField = document.getElementById('session-sign-out-reason');
    var warningMillis = Number(box.dataset.warning);
    var stayUrl = box.dataset.stayUrl;
    var timers = [];
    var reason = box.dataset.reason;
    var lastToldServer = Date.now();
    var ending = false;

    function timeOfDay(at) {
        return new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    }

    function schedule(endsAt, serverNow, newReason) {
        timers.forEach(clearTimeout);
        reason = newReason;
        var remaining = endsAt - serverNow;
        var endsHere = Date.now() + remaining;
        var template = reason === 'idle' ? box.dataset.idleText : box.dataset.tooLongText;
        text.textContent = template.replace('{0}', timeOfDay(endsHere));
        stay.hidden = reason !== 'idle';
        carryOn.hidden = reason === 'idle';
        timers = [setTimeout(warn, Math.max(0, remaining - warningMillis)), setTimeout(end, Math.max(0, remaining))];
    }

    function warn() {
        if (!dialog.open) {
            dialog.showModal();
            (reason === 'idle' ? stay : carryOn).focus();
        }
    }

    function end() {
        ending = true;
        reasonField.value = reason;
        signOutForm.submit();
    }

    function tellServer(thenClose) {
        lastToldServer = Date.now();
        fetch(stayUrl, { method: 'POST', credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) {
                if (!response.ok || (response.headers.get('Content-Type') || '').indexOf('application/json') !== 0) {
                    throw new Error('not signed in');
                }
                return response.json();
            })
            .then(function (answer) {
                schedule(answer.endsAt, answer.now, answer.reason);
                if (thenClose && dialog.open) {
                    dialog.close();
                }
            })
            .catch(function () {
                // The server no longer knows this session: the page shows why by signing out properly.
                end();
            });
    }

    stay.addEventListener('click', function () { tellServer(true); });
    carryOn.addEventListener('click', function () { dialog.close(); });
    dialog.addEventListener('cancel', function (event) {
        event.preventDefault();
        if (reason === 'idle') {
            tellServer(true);
        } else {
            dialog.close();
        }
    });
    ['keydown', 'pointerdown'].forEach(function (kind) {
        document.addEventListener(kind, function () {
            if (!ending && !dialog.open && reason === 'idle' && Date.now() - lastToldServer > 60000) {
                tellServer(false);
            }
        }, { passive: true });
    });
    schedule(Number(box.dataset.endsAt), Number(box.dataset.now), reason);
}());
