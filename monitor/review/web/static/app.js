// Copy buttons, and "reason" required when an action is not pursued. No inline scripts:
// the Content-Security-Policy allows scripts from this file only.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var area = document.getElementById(button.dataset.copy);
      if (!area) return;
      var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(area.value).then(done, function () { area.select(); document.execCommand("copy"); done(); });
      } else {
        area.select(); document.execCommand("copy"); done();
      }
    });
  });
  document.querySelectorAll("form.decide").forEach(function (form) {
    var reason = form.querySelector("textarea[name=reason]");
    form.querySelectorAll("input[name=outcome]").forEach(function (radio) {
      radio.addEventListener("change", function () { reason.required = (radio.value === "not_pursued" && radio.checked); });
    });
  });
});
