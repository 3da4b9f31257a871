import { useTranslation } from 'react-i18next';
import { isErrorCode, type ApiError } from '../../../shared/api/result.js';

/** A core error in the UI language: the stable code picks the sentence, never the English message. */
export function useErrorText(): (error: Pick<ApiError, 'code'>) => string {
  const { t } = useTranslation();
  return (error) => (isErrorCode(error.code) ? t(`errors.${error.code}`) : t('errors.internal'));
}
