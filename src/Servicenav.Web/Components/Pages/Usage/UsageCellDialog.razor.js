// Puts the keyboard focus on the chosen status when the dialog opens (MudBlazor's focus trap starts on a hidden sentinel).
export function focusStatus(form) {
    const target = form?.querySelector('input[type=radio]:checked') ?? form?.querySelector('input, textarea, button');
    target?.focus();
}
