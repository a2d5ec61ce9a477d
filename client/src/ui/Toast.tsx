import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { t } from '@/i18n';
import { Icon, type IconName } from './Icon';

export type ToastTone = 'success' | 'error' | 'info';
interface ToastItem {
  id: number;
  tone: ToastTone;
  message: string;
}

interface ToastApi {
  show: (message: string, tone?: ToastTone) => void;
  success: (message: string) => void;
  error: (message: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const icons: Record<ToastTone, IconName> = { success: 'checkCircle', error: 'alert', info: 'bell' };

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setItems((list) => list.filter((i) => i.id !== id)), []);
  const show = useCallback(
    (message: string, tone: ToastTone = 'info') => {
      const id = next.current++;
      setItems((list) => [...list.slice(-2), { id, tone, message }]);
      // Errors stay longer: they are read, not glanced at.
      setTimeout(() => dismiss(id), tone === 'error' ? 8000 : 4000);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({ show, success: (m) => show(m, 'success'), error: (m) => show(m, 'error') }),
    [show],
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="jm-toasts" aria-live="polite" aria-label={t('ui.notifications')}>
        {items.map((item) => (
          <div key={item.id} className={`jm-toast jm-toast--${item.tone}`} role={item.tone === 'error' ? 'alert' : 'status'}>
            <Icon name={icons[item.tone]} size={18} />
            <span className="jm-toast__text">{item.message}</span>
            <button type="button" className="jm-icon-btn jm-icon-btn--sm" onClick={() => dismiss(item.id)} aria-label={t('common.close')}>
              <Icon name="close" size={16} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}
