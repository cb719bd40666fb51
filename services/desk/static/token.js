// The write token, kept for this tab only and sent as a bearer header like any client's.
"use strict";
window.deskToken = {
  get() { return sessionStorage.getItem("factstream-write-token") || ""; },
  set(value) { if (value) sessionStorage.setItem("factstream-write-token", value); },
  headers(field) {
    const token = (field && field.value) || this.get();
    if (field && field.value) this.set(field.value);
    const headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    return headers;
  },
};
