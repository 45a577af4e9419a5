// Before first paint: the saved theme and reading preferences, as useApplyTheme sets them later.
(()=>{try{const p=JSON.parse(localStorage.getItem('debugging-leadership')||'null')?.state?.preferences||{},d=document.documentElement.dataset;for(const k of['theme','textSize','lineLength','font']){const v=p[k];if(typeof v==='string'&&v!=='system')d[k]=v}}catch{}})();
