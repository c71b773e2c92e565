/*
 * Draws the application's process with bpmn-js (served by the application) and marks the steps
 * that are active now and those already done. The page states the current step in words too.
 */
(function () {
    'use strict';

    function draw(container) {
        var source = container.getAttribute('data-source');
        fetch(source, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (picture) {
                if (!picture) {
                    return;
                }
                var viewer = new BpmnJS({ container: container });
                return viewer.importXML(picture.bpmn).then(function () {
                    var canvas = viewer.get('canvas');
                    var registry = viewer.get('elementRegistry');
                    canvas.zoom('fit-viewport');
                    // a step of another version of the model is not in this drawing
                    function mark(marker) {
                        return function (id) {
                            if (registry.get(id)) {
                                canvas.addMarker(id, marker);
                            }
                        };
                    }
                    picture.completed.forEach(mark('step-done'));
                    picture.active.forEach(mark('step-current'));
                    container.setAttribute('data-drawn', 'true');
                });
            })
            .catch(function () {
                container.setAttribute('data-drawn', 'failed');
            });
    }

    function start() {
        var container = document.getElementById('process-diagram');
        if (container && window.BpmnJS) {
            draw(container);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
