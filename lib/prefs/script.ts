import { PREFS_STORAGE_KEY, textSizes, themes, viewModes } from './prefs'

const allowed = { view: viewModes, textSize: textSizes, theme: themes }

/**
 * Runs in `<head>` before the first paint, so a static page opens in the reader's stored
 * layout with no flash of the default one. It only copies known values to `<html>` data
 * attributes; anything unreadable leaves the server-rendered defaults in place.
 */
export const applyStoredPrefsScript = `(function(){try{var d=document.documentElement,p=JSON.parse(localStorage.getItem(${JSON.stringify(PREFS_STORAGE_KEY)})||"{}"),a=${JSON.stringify(allowed)};for(var k in a)if(a[k].indexOf(p[k])>=0)d.dataset[k]=p[k];if(typeof p.swap==="boolean")d.dataset.swap=String(p.swap);if(typeof p.statusMarks==="boolean")d.dataset.marks=String(p.statusMarks)}catch(e){}})()`
